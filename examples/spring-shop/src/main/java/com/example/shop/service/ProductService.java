package com.example.shop.service;

import com.example.shop.model.Product;
import com.example.shop.repository.ProductRepository;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Service
public class ProductService {

    /** Promotion formulas are maintained by the pricing team; customers only send the code. */
    private static final Map<String, String> PROMOTIONS = Map.of(
            "SUMMER10", "price * 0.90",
            "BULK5", "quantity >= 5 ? price * 0.95 : price",
            "WELCOME5", "price > 20 ? price - 5 : price");

    private final ProductRepository products;
    private final ExpressionParser parser = new SpelExpressionParser();

    public ProductService(ProductRepository products) {
        this.products = products;
    }

    public List<Product> search(String term, String sort) {
        return products.search(term, sort);
    }

    public List<Product> inCategory(String slug) {
        return products.findByCategory(slug, 48);
    }

    public List<Product> featured() {
        return products.featured();
    }

    public Product get(long id) {
        return products.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public BigDecimal applyPromotion(String code, Product product, int quantity) {
        String formula = PROMOTIONS.get(code.trim().toUpperCase(Locale.ROOT));
        if (formula == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown promotion code");
        }
        EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding()
                .withRootObject(new PriceInput(product.price(), quantity))
                .build();
        // plumb-ok: code-injection
        Expression expression = parser.parseExpression(formula);
        BigDecimal result = expression.getValue(context, BigDecimal.class);
        return result == null ? product.price() : result.setScale(2, RoundingMode.HALF_UP);
    }

    public record PriceInput(BigDecimal price, int quantity) {
    }
}
