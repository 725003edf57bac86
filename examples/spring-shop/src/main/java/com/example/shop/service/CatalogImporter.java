package com.example.shop.service;

import com.example.shop.repository.ProductRepository;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;

/** Bulk catalog and price imports used by the back office. */
@Service
public class CatalogImporter {

    private final ProductRepository products;

    public CatalogImporter(ProductRepository products) {
        this.products = products;
    }

    /** Our own catalog export (products.xml from the back office). */
    public int importCatalog(InputStream xml) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        // plumb-ok: xxe
        Document catalog = factory.newDocumentBuilder().parse(xml);
        return upsertProducts(catalog.getElementsByTagNameNS("*", "product"));
    }

    /** Feed pushed by suppliers in their own XML dialect. */
    public int importSupplierFeed(InputStream xml) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // plumb-expect: xxe
        Document feed = factory.newDocumentBuilder().parse(xml);
        return upsertProducts(feed.getElementsByTagNameNS("*", "item"));
    }

    /** Price list kept by the buyers as YAML: a mapping of SKU to price. */
    public int importPriceListYaml(String yaml) {
        // plumb-expect: unsafe-deserialization
        Object document = new Yaml().load(yaml);
        return applyPrices(document);
    }

    /** Category tree for the navigation menu, edited as YAML. */
    public Map<String, Object> parseCategoryTree(String yaml) {
        Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
        // plumb-ok: unsafe-deserialization
        Map<String, Object> tree = parser.load(yaml);
        return tree == null ? Map.of() : tree;
    }

    private int applyPrices(Object document) {
        if (!(document instanceof Map<?, ?> prices)) {
            throw new IllegalArgumentException("price list must map SKUs to prices");
        }
        int updated = 0;
        for (Map.Entry<?, ?> entry : prices.entrySet()) {
            updated += products.updatePrice(String.valueOf(entry.getKey()), new BigDecimal(String.valueOf(entry.getValue())));
        }
        return updated;
    }

    private int upsertProducts(NodeList nodes) {
        int count = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element item = (Element) nodes.item(i);
            products.upsert(text(item, "sku"), text(item, "name"), new BigDecimal(text(item, "price")));
            count++;
        }
        return count;
    }

    private static String text(Element parent, String localName) {
        NodeList children = parent.getElementsByTagNameNS("*", localName);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().trim();
    }
}
