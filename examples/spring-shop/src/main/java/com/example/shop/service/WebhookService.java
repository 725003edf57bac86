package com.example.shop.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.server.ResponseStatusException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Outbound webhooks to merchant and partner systems. */
@Service
public class WebhookService {

    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);
    private static final Set<String> PARTNER_HOSTS = Set.of("hooks.partner-one.example", "notify.partner-two.example");
    private static final int MAX_ATTEMPTS = 3;

    private final RestTemplate restTemplate;
    private final ObjectMapper objectMapper;

    // plumb-ok: hardcoded-secret
    @Value("${shop.webhooks.signing-secret}") private String signingSecret;

    public WebhookService(RestTemplate restTemplate, ObjectMapper objectMapper) {
        this.restTemplate = restTemplate;
        this.objectMapper = objectMapper;
    }

    /** "Send test event" button on the integration settings page. */
    public int sendTestEvent(String callbackUrl) {
        HttpEntity<String> request = signed(Map.of("type", "webhook.test", "sentAt", Instant.now().toString()));
        // plumb-expect: ssrf
        ResponseEntity<String> response = restTemplate.postForEntity(callbackUrl, request, String.class);
        return response.getStatusCode().value();
    }

    /** Order events are delivered to approved partner endpoints only. */
    public int deliverOrderEvent(String callbackUrl, Map<String, Object> event) {
        URI uri = URI.create(callbackUrl);
        if (!"https".equals(uri.getScheme()) || !PARTNER_HOSTS.contains(uri.getHost())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "callback host is not an approved partner");
        }
        HttpEntity<String> request = signed(event);
        for (int attempt = 1; ; attempt++) {
            try {
                // plumb-ok: ssrf
                return restTemplate.postForEntity(uri, request, String.class).getStatusCode().value();
            } catch (RestClientException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                // plumb-ok: insecure-random
                long backoffMillis = 500L * attempt + ThreadLocalRandom.current().nextLong(250);
                // plumb-ok: log-injection
                log.warn("Webhook delivery attempt {} failed, retrying in {} ms", attempt, backoffMillis);
                pause(backoffMillis);
            }
        }
    }

    private HttpEntity<String> signed(Map<String, Object> event) {
        try {
            String body = objectMapper.writeValueAsString(event);
            // plumb-ok: weak-hash
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set("X-Shop-Signature", "sha256=" + signature);
            return new HttpEntity<>(body, headers);
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign webhook payload", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
