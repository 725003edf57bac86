package com.example.shop.model;

import java.math.BigDecimal;

public record Product(long id, String sku, String name, BigDecimal price, int stock, int weightGrams) {
}
