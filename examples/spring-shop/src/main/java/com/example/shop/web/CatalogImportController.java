package com.example.shop.web;

import com.example.shop.service.CatalogImporter;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

@RestController
@RequestMapping("/api/admin/catalog")
public class CatalogImportController {

    private static final Logger log = LoggerFactory.getLogger(CatalogImportController.class);

    private final CatalogImporter importer;

    @Value("${shop.catalog.checksum-algorithm}")
    private String checksumAlgorithm;

    public CatalogImportController(CatalogImporter importer) {
        this.importer = importer;
    }

    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_XML_VALUE)
    public ImportResult importCatalog(HttpServletRequest request) throws Exception {
        byte[] payload = request.getInputStream().readAllBytes();
        // plumb-ok: weak-hash
        MessageDigest digest = MessageDigest.getInstance(checksumAlgorithm);
        String checksum = HexFormat.of().formatHex(digest.digest(payload));
        int imported = importer.importCatalog(new ByteArrayInputStream(payload));
        // plumb-ok: log-injection
        log.info("Catalog import: {} products from {} bytes", imported, payload.length);
        return new ImportResult(imported, checksum);
    }

    @PostMapping(value = "/supplier-feed", consumes = MediaType.APPLICATION_XML_VALUE)
    public ImportResult supplierFeed(HttpServletRequest request) throws Exception {
        return new ImportResult(importer.importSupplierFeed(request.getInputStream()), null);
    }

    @PostMapping(value = "/prices", consumes = "application/yaml")
    public ImportResult pricesFromYaml(@RequestBody String body) {
        return new ImportResult(importer.importPriceListYaml(body), null);
    }

    @PostMapping(value = "/categories", consumes = "application/yaml")
    public Map<String, Object> categories(@RequestBody String body) {
        return importer.parseCategoryTree(body);
    }

    public record ImportResult(int imported, String checksum) {
    }
}
