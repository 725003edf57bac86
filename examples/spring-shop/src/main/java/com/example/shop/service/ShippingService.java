package com.example.shop.service;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;
import org.w3c.dom.Document;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

@Service
public class ShippingService {

    private static final String CARRIER_RATES_URL = "https://api.parcelcarrier.example/v2/rates";

    // TODO move to the vault before the carrier contract goes live
    // plumb-expect: hardcoded-secret
    private static final String CARRIER_API_KEY = "pck_live_5Jd8Qw2Lr7Ty1Zx4Nv6Hb9Mc3";

    private final RestTemplate restTemplate;
    private final Document rateTable;

    public ShippingService(RestTemplate restTemplate) throws Exception {
        this.restTemplate = restTemplate;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new ClassPathResource("shipping-rates.xml").getInputStream()) {
            // plumb-ok: xxe
            this.rateTable = factory.newDocumentBuilder().parse(in);
        }
    }

    /** Shipping zone for an ISO country code such as "DE". */
    public String zoneFor(String countryCode) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // plumb-expect: xpath-injection
        return xpath.evaluate("/rates/zone[country/@code='" + countryCode.toUpperCase(Locale.ROOT) + "']/@id", rateTable);
    }

    public BigDecimal flatRate(String zone, String serviceLevel) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        Map<QName, Object> variables = Map.of(new QName("zone"), zone, new QName("level"), serviceLevel);
        xpath.setXPathVariableResolver(variables::get);
        // plumb-ok: xpath-injection
        String amount = xpath.evaluate("/rates/zone[@id=$zone]/service[@level=$level]/price", rateTable);
        return amount.isBlank() ? null : new BigDecimal(amount.trim());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Map<String, Object> carrierQuote(String postalCode, int weightGrams) {
        String url = CARRIER_RATES_URL + "?postal=" + URLEncoder.encode(postalCode, StandardCharsets.UTF_8) + "&grams=" + weightGrams;
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", CARRIER_API_KEY);
        // plumb-ok: ssrf
        ResponseEntity<Map> response = restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
        return response.getBody() == null ? Map.of() : response.getBody();
    }
}
