package com.example.shop.web;

import com.example.shop.model.Product;
import com.example.shop.service.ProductService;
import com.example.shop.service.ShippingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProductController.class)
class ProductControllerTest {

    private final Product mug = new Product(7L, "MUG-ENAMEL", "Enamel mug", new BigDecimal("12.50"), 40, 350);

    @Autowired
    private MockMvc mvc;

    @MockBean
    private ProductService products;

    @MockBean
    private ShippingService shipping;

    @Test
    void searchReturnsProductsAsJson() throws Exception {
        when(products.search("mug", "name")).thenReturn(List.of(mug));

        mvc.perform(get("/api/products").param("q", "mug"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].sku").value("MUG-ENAMEL"));
    }

    @Test
    void shareTextIsPlainText() throws Exception {
        when(products.get(7L)).thenReturn(mug);

        mvc.perform(get("/api/products/7/share-text").param("message", "Gift idea"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string("Gift idea: Enamel mug https://shop.example.com/products/7"));
    }
}
