package com.example.shop.web;

import com.example.shop.model.Product;
import com.example.shop.service.ProductService;
import com.example.shop.service.ShippingService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import javax.xml.xpath.XPathExpressionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/products")
public class ProductController {

    private final ProductService products;
    private final ShippingService shipping;

    public ProductController(ProductService products, ShippingService shipping) {
        this.products = products;
        this.shipping = shipping;
    }

    @GetMapping
    public List<Product> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "name") String sort) {
        // plumb-ok: xss
        return products.search(q, sort);
    }

    @GetMapping("/category/{slug}")
    public List<Product> category(@PathVariable String slug) {
        return products.inCategory(slug);
    }

    @GetMapping("/{id}")
    public Product get(@PathVariable long id) {
        return products.get(id);
    }

    /** HTML snippet that customers paste into blogs and forums. */
    @GetMapping("/{id}/share-snippet")
    public String shareSnippet(@PathVariable long id, @RequestParam(defaultValue = "Look what I found") String message) {
        Product product = products.get(id);
        // plumb-expect: xss
        return "<blockquote class=\"shop-share\"><p>" + message + "</p><a href=\"https://shop.example.com/products/" + id + "\">" + HtmlUtils.htmlEscape(product.name()) + "</a></blockquote>";
    }

    @GetMapping(value = "/{id}/share-text", produces = MediaType.TEXT_PLAIN_VALUE)
    public String shareText(@PathVariable long id, @RequestParam(defaultValue = "Look what I found") String message) {
        Product product = products.get(id);
        // plumb-ok: xss
        return message + ": " + product.name() + " https://shop.example.com/products/" + id;
    }

    @GetMapping("/{id}/shipping")
    public Map<String, Object> shippingEstimate(@PathVariable long id, @RequestParam String country, @RequestParam(defaultValue = "standard") String level, @RequestParam(required = false) String postalCode) throws XPathExpressionException {
        Product product = products.get(id);
        String zone = shipping.zoneFor(country);
        Map<String, Object> estimate = new LinkedHashMap<>();
        estimate.put("zone", zone);
        estimate.put("flatRate", shipping.flatRate(zone, level));
        if (postalCode != null && !postalCode.isBlank()) {
            estimate.put("carrier", shipping.carrierQuote(postalCode, product.weightGrams()));
        }
        return estimate;
    }

    @GetMapping("/{id}/promotion")
    public Map<String, Object> promotion(@PathVariable long id, @RequestParam String code, @RequestParam(defaultValue = "1") int quantity) {
        Product product = products.get(id);
        return Map.of("code", code, "listPrice", product.price(), "promotionPrice", products.applyPromotion(code, product, quantity));
    }
}
