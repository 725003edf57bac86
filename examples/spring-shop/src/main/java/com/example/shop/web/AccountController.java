package com.example.shop.web;

import com.example.shop.service.AccountService;
import com.example.shop.service.AccountService.Customer;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@RestController
@RequestMapping("/api/account")
public class AccountController {

    private static final Logger log = LoggerFactory.getLogger(AccountController.class);
    private static final int REMEMBER_ME_SECONDS = 30 * 24 * 3600;

    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/login")
    public ResponseEntity<Map<String, Object>> login(@RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) throws NoSuchAlgorithmException {
        Optional<Customer> customer = accounts.authenticate(login.email(), login.password());
        if (customer.isEmpty()) {
            // plumb-expect: log-injection
            log.warn("Failed login for {}", login.email());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid e-mail or password"));
        }
        request.getSession(true);
        request.changeSessionId();
        long customerId = customer.get().id();
        // plumb-ok: trust-boundary-violation
        request.getSession().setAttribute("customerId", customerId);

        if (login.rememberMe()) {
            Cookie remember = new Cookie("remember_me", accounts.issueRememberMeToken(customerId));
            remember.setHttpOnly(true);
            remember.setPath("/");
            remember.setMaxAge(REMEMBER_ME_SECONDS);
            // plumb-expect: insecure-cookie
            response.addCookie(remember);
        }
        // plumb-ok: log-injection
        log.info("Customer {} logged in", customerId);
        return ResponseEntity.ok(Map.of("customerId", customerId, "displayName", customer.get().displayName()));
    }

    @PostMapping("/logout")
    public ResponseEntity<Void> logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // plumb-ok: insecure-cookie
        ResponseCookie cleared = ResponseCookie.from("remember_me", "").path("/").maxAge(0).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cleared.toString()).build();
    }

    @PostMapping("/password-reset")
    public ResponseEntity<Void> requestPasswordReset(@RequestParam String email) throws NoSuchAlgorithmException {
        accounts.sendResetLink(email);
        // plumb-ok: log-injection
        log.info("Password reset requested for {}", email.replaceAll("[\r\n]", "_"));
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password-reset/confirm")
    public ResponseEntity<Map<String, String>> confirmPasswordReset(@RequestBody ResetConfirmation body) throws NoSuchAlgorithmException {
        if (!accounts.resetPassword(body.token(), body.newPassword())) {
            return ResponseEntity.badRequest().body(Map.of("error", "link expired or already used"));
        }
        return ResponseEntity.ok(Map.of("status", "password changed"));
    }

    /** Used by call-centre agents for customers without access to their mailbox. */
    @PostMapping("/support/{customerId}/reset-code")
    public Map<String, String> phoneResetCode(@PathVariable long customerId) throws NoSuchAlgorithmException {
        return Map.of("code", accounts.createPhoneResetCode(customerId));
    }

    @PostMapping("/preferences/currency")
    public Map<String, String> currency(@RequestParam String currency, HttpSession session, HttpServletResponse response) {
        ShopCurrency selected = ShopCurrency.valueOf(currency.trim().toUpperCase(Locale.ROOT));
        // plumb-ok: trust-boundary-violation
        session.setAttribute("currency", selected);
        Cookie cookie = new Cookie("currency", selected.name());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setSecure(true);
        // plumb-ok: insecure-cookie
        response.addCookie(cookie);
        return Map.of("currency", selected.name());
    }

    /** Landing URL of affiliate links: /api/account/referral?partner=... */
    @GetMapping("/referral")
    public Map<String, String> referral(@RequestParam("partner") String partnerCode, HttpSession session) {
        // Commission is booked at checkout for whatever partner is stored here.
        // plumb-expect: trust-boundary-violation
        session.setAttribute("affiliatePartner", partnerCode.trim());
        return Map.of("status", "ok");
    }

    public enum ShopCurrency { EUR, USD, GBP, CHF }

    public record LoginRequest(String email, String password, boolean rememberMe) {
    }

    public record ResetConfirmation(String token, String newPassword) {
    }
}
