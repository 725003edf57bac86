package com.example.shop.web;

import com.example.shop.model.CustomerOrder;
import com.example.shop.repository.OrderRepository;
import com.example.shop.service.DiagnosticsService;
import com.example.shop.service.InvoiceStorage;
import com.example.shop.service.WebhookService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Map;

/** Back-office endpoints (protected by the admin role in the gateway). */
@RestController
@RequestMapping("/api/admin")
public class AdminController {

    private final DiagnosticsService diagnostics;
    private final WebhookService webhooks;
    private final OrderRepository orders;
    private final InvoiceStorage invoices;

    public AdminController(DiagnosticsService diagnostics, WebhookService webhooks, OrderRepository orders, InvoiceStorage invoices) {
        this.diagnostics = diagnostics;
        this.webhooks = webhooks;
        this.orders = orders;
        this.invoices = invoices;
    }

    @GetMapping("/diagnostics/ping")
    public Map<String, Object> ping(@RequestParam String host) throws IOException, InterruptedException {
        return Map.of("host", host, "reachable", diagnostics.ping(host));
    }

    @GetMapping("/diagnostics/traceroute")
    public Map<String, Object> traceroute(@RequestParam String host) throws IOException {
        return Map.of("host", host, "output", diagnostics.traceroute(host));
    }

    @GetMapping("/diagnostics/disk")
    public Map<String, Object> disk() throws IOException {
        return Map.of("output", diagnostics.diskUsage());
    }

    @PostMapping("/webhooks/test")
    public Map<String, Object> testWebhook(@RequestBody WebhookTarget target) {
        return Map.of("status", webhooks.sendTestEvent(target.url()));
    }

    @PostMapping("/webhooks/replay/{orderId}")
    public Map<String, Object> replayOrderEvent(@PathVariable long orderId, @RequestParam String callbackUrl) {
        CustomerOrder order = findOrder(orderId);
        Map<String, Object> event = Map.of("type", "order." + order.getStatus().toLowerCase(Locale.ROOT), "orderId", orderId);
        return Map.of("status", webhooks.deliverOrderEvent(callbackUrl, event));
    }

    @GetMapping(value = "/invoices/{orderId}/export", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    public byte[] exportInvoice(@PathVariable long orderId, @RequestParam(defaultValue = "archive") String target) throws IOException, GeneralSecurityException {
        byte[] pdf = invoices.readChecked(findOrder(orderId).getInvoiceFile());
        return "erp".equals(target) ? invoices.sealForErp(pdf) : invoices.sealForArchive(pdf);
    }

    private CustomerOrder findOrder(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public record WebhookTarget(String url) {
    }
}
