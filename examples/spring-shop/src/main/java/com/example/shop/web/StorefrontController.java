package com.example.shop.web;

import com.example.shop.model.Product;
import com.example.shop.service.ProductService;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Server-rendered storefront (Thymeleaf views under templates/). */
@Controller
public class StorefrontController {

    private static final Set<String> HELP_TOPICS = Set.of("shipping", "returns", "payment", "sizes");

    private final ProductService products;

    public StorefrontController(ProductService products) {
        this.products = products;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("featured", products.featured());
        return "storefront/home";
    }

    @GetMapping("/search")
    public String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "name") String sort, Model model) {
        model.addAttribute("query", q);
        model.addAttribute("results", products.search(q, sort));
        // plumb-ok: xss, template-injection
        return "storefront/search";
    }

    /** Marketing pages maintained in the CMS export under templates/cms/. */
    @GetMapping("/pages/{page}")
    public String contentPage(@PathVariable String page) {
        // plumb-expect: template-injection
        return "cms/" + page;
    }

    @GetMapping("/help/{topic}")
    public String help(@PathVariable String topic, Model model) {
        if (!HELP_TOPICS.contains(topic)) {
            model.addAttribute("topic", topic);
            return "help/not-found";
        }
        // plumb-ok: template-injection
        return "help/" + topic;
    }

    @PostMapping("/cart/add")
    public String addToCart(@RequestParam long productId, @RequestParam(defaultValue = "1") int quantity, @RequestParam(required = false) String returnTo, HttpSession session) {
        cart(session).merge(productId, quantity, Integer::sum);
        if (returnTo == null || returnTo.isBlank()) {
            return "redirect:/cart";
        }
        // plumb-expect: open-redirect
        // plumb-ok: template-injection
        return "redirect:" + returnTo;
    }

    @GetMapping("/login/continue")
    public String continueAfterLogin(@RequestParam(defaultValue = "/") String next) {
        if (next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")) {
            // plumb-ok: open-redirect, template-injection
            return "redirect:" + next;
        }
        // plumb-ok: open-redirect
        return "redirect:/";
    }

    /** Fragment loaded by the product tiles; the label comes from the A/B test configuration in the URL. */
    @GetMapping("/fragments/price-badge/{productId}")
    @ResponseBody
    public String priceBadge(@PathVariable long productId, @RequestParam(defaultValue = "") String label) {
        Product product = products.get(productId);
        // plumb-ok: xss, template-injection
        return "<span class=\"price-badge\">" + HtmlUtils.htmlEscape(label) + " " + product.price() + " EUR</span>";
    }

    @PostMapping("/cookie-consent")
    public ResponseEntity<Void> cookieConsent(@RequestParam boolean analytics) {
        // plumb-ok: insecure-cookie
        ResponseCookie consent = ResponseCookie.from("consent", analytics ? "all" : "essential").secure(true).httpOnly(true).sameSite("Lax").path("/").maxAge(Duration.ofDays(180)).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, consent.toString()).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Integer> cart(HttpSession session) {
        Object existing = session.getAttribute("cart");
        if (existing instanceof Map<?, ?> map) {
            return (Map<Long, Integer>) map;
        }
        Map<Long, Integer> cart = new ConcurrentHashMap<>();
        // plumb-ok: trust-boundary-violation
        session.setAttribute("cart", cart);
        return cart;
    }
}
