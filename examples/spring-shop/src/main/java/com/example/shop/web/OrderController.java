package com.example.shop.web;

import com.example.shop.model.CustomerOrder;
import com.example.shop.repository.OrderRepository;
import com.example.shop.service.InvoiceStorage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/orders")
public class OrderController {

    private final OrderRepository orders;
    private final InvoiceStorage invoices;

    public OrderController(OrderRepository orders, InvoiceStorage invoices) {
        this.orders = orders;
        this.invoices = invoices;
    }

    @GetMapping
    public List<OrderView> myOrders(@RequestParam(defaultValue = "PAID") String status, HttpSession session) {
        return orders.findForCustomer(currentCustomer(session), status).stream().map(OrderView::of).toList();
    }

    /** Old link format from confirmation e-mails: /api/orders/invoices/INV-2022-00017.pdf */
    @GetMapping("/invoices/{fileName}")
    public void legacyInvoice(@PathVariable String fileName, HttpServletResponse response) throws IOException {
        byte[] pdf = invoices.read(fileName);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        // plumb-expect: header-injection
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        StreamUtils.copy(pdf, response.getOutputStream());
    }

    @GetMapping("/{orderId}/invoice")
    public void invoice(@PathVariable long orderId, @RequestParam(required = false) String saveAs, HttpSession session, HttpServletResponse response) throws IOException {
        long customerId = currentCustomer(session);
        CustomerOrder order = orders.findById(orderId)
                .filter(o -> o.getCustomerId() == customerId && o.getInvoiceFile() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] pdf = invoices.readChecked(order.getInvoiceFile());
        String name = saveAs == null || saveAs.isBlank() ? "invoice-" + orderId + ".pdf" : saveAs;
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        // plumb-ok: header-injection
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded);
        StreamUtils.copy(pdf, response.getOutputStream());
    }

    private static long currentCustomer(HttpSession session) {
        if (session.getAttribute("customerId") instanceof Long customerId) {
            return customerId;
        }
        throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }

    public record OrderView(long id, String status, BigDecimal total, Instant createdAt) {
        static OrderView of(CustomerOrder order) {
            return new OrderView(order.getId(), order.getStatus(), order.getTotal(), order.getCreatedAt());
        }
    }
}
