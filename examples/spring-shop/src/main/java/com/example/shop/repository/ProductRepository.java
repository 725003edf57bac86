package com.example.shop.repository;

import com.example.shop.model.Product;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Repository
public class ProductRepository {

    private static final String SELECT_PRODUCT =
            "SELECT p.id, p.sku, p.name, p.price, p.stock, p.weight_grams FROM products p";

    /** Sort keys accepted from the storefront, mapped to fixed ORDER BY clauses. */
    private static final Map<String, String> ORDER_BY = Map.of(
            "name", "p.name ASC",
            "price", "p.price ASC",
            "price-desc", "p.price DESC",
            "newest", "p.created_at DESC");

    private static final RowMapper<Product> PRODUCT = (rs, rowNum) -> new Product(
            rs.getLong("id"),
            rs.getString("sku"),
            rs.getString("name"),
            rs.getBigDecimal("price"),
            rs.getInt("stock"),
            rs.getInt("weight_grams"));

    private final JdbcTemplate jdbc;

    public ProductRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Product> findById(long id) {
        // plumb-ok: sql-injection
        List<Product> rows = jdbc.query(SELECT_PRODUCT + " WHERE p.id = ?", PRODUCT, id);
        return rows.stream().findFirst();
    }

    public List<Product> search(String term, String sort) {
        String orderBy = ORDER_BY.getOrDefault(sort, "p.name ASC");
        String sql = SELECT_PRODUCT + " WHERE p.active AND lower(p.name) LIKE ? ORDER BY " + orderBy + " LIMIT 60";
        // plumb-ok: sql-injection
        return jdbc.query(sql, PRODUCT, "%" + term.toLowerCase(Locale.ROOT) + "%");
    }

    public List<Product> findByCategory(String category, int limit) {
        String sql = SELECT_PRODUCT + " JOIN categories c ON c.id = p.category_id WHERE "
                + categoryFilter(category) + " ORDER BY p.name LIMIT " + limit;
        // plumb-expect: sql-injection
        return jdbc.query(sql, PRODUCT);
    }

    public List<Product> featured() {
        return jdbc.query(SELECT_PRODUCT + " WHERE p.active AND p.featured ORDER BY p.updated_at DESC LIMIT 8", PRODUCT);
    }

    public void upsert(String sku, String name, BigDecimal price) {
        // plumb-ok: sql-injection
        jdbc.update("INSERT INTO products (sku, name, price, active) VALUES (?, ?, ?, true) ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name, price = EXCLUDED.price", sku, name, price);
    }

    public int updatePrice(String sku, BigDecimal price) {
        // plumb-ok: sql-injection
        return jdbc.update("UPDATE products SET price = ?, updated_at = now() WHERE sku = ?", price, sku);
    }

    private static String categoryFilter(String category) {
        return "p.active AND c.slug = '" + category.trim().toLowerCase(Locale.ROOT) + "'";
    }
}
