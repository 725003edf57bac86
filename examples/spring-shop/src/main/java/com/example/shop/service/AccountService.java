package com.example.shop.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

@Service
public class AccountService {

    private static final SecureRandom SECURE_RANDOM = new SecureRandom();

    // plumb-ok: hardcoded-secret
    private static final String RESET_PASSWORD_LINK = "https://shop.example.com/account/reset-password?token=";

    private static final RowMapper<Customer> CUSTOMER = (rs, rowNum) -> new Customer(
            rs.getLong("id"), rs.getString("email"), rs.getString("password_hash"), rs.getString("display_name"));

    private final JdbcTemplate jdbc;
    private final JavaMailSender mail;
    private final PasswordEncoder passwordEncoder = new BCryptPasswordEncoder(12);
    private final Random random = new Random();

    // plumb-ok: hardcoded-secret
    @Value("${shop.security.reset-token-digest}") private String resetTokenDigest;

    public AccountService(JdbcTemplate jdbc, JavaMailSender mail) {
        this.jdbc = jdbc;
        this.mail = mail;
    }

    public Optional<Customer> authenticate(String email, String password) {
        // plumb-ok: sql-injection
        List<Customer> rows = jdbc.query("SELECT id, email, password_hash, display_name FROM customers WHERE email = ?", CUSTOMER, normalize(email));
        if (rows.isEmpty() || !passwordEncoder.matches(password, rows.get(0).passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(rows.get(0));
    }

    public void sendResetLink(String email) throws NoSuchAlgorithmException {
        // plumb-ok: sql-injection
        List<Long> ids = jdbc.queryForList("SELECT id FROM customers WHERE email = ?", Long.class, normalize(email));
        if (ids.isEmpty()) {
            return;
        }
        byte[] bytes = new byte[32];
        // plumb-ok: insecure-random
        SECURE_RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        storeResetToken(ids.get(0), token);

        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(email);
        message.setSubject("Reset your password");
        message.setText("Open this link within 30 minutes to choose a new password: " + RESET_PASSWORD_LINK + token);
        mail.send(message);
    }

    /** Six-digit code that call-centre agents read out to customers who cannot receive e-mail. */
    public String createPhoneResetCode(long customerId) throws NoSuchAlgorithmException {
        // plumb-expect: insecure-random
        String resetCode = String.format("%06d", random.nextInt(1_000_000));
        storeResetToken(customerId, resetCode);
        return resetCode;
    }

    public boolean resetPassword(String token, String newPassword) throws NoSuchAlgorithmException {
        // plumb-ok: sql-injection
        List<Long> ids = jdbc.queryForList("SELECT customer_id FROM password_reset_tokens WHERE token_hash = ? AND expires_at > now()", Long.class, hashToken(token));
        if (ids.isEmpty()) {
            return false;
        }
        long customerId = ids.get(0);
        jdbc.update("UPDATE customers SET password_hash = ? WHERE id = ?", passwordEncoder.encode(newPassword), customerId);
        jdbc.update("DELETE FROM password_reset_tokens WHERE customer_id = ?", customerId);
        return true;
    }

    public String issueRememberMeToken(long customerId) throws NoSuchAlgorithmException {
        byte[] bytes = new byte[32];
        // plumb-ok: insecure-random
        SECURE_RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // plumb-ok: weak-hash
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        String tokenHash = HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("INSERT INTO remember_me_tokens (customer_id, token_hash, expires_at) VALUES (?, ?, now() + interval '30 days')", customerId, tokenHash);
        return token;
    }

    private void storeResetToken(long customerId, String token) throws NoSuchAlgorithmException {
        jdbc.update("INSERT INTO password_reset_tokens (customer_id, token_hash, expires_at) VALUES (?, ?, now() + interval '30 minutes')", customerId, hashToken(token));
    }

    private String hashToken(String token) throws NoSuchAlgorithmException {
        // The algorithm name comes from shop.security.reset-token-digest in application.properties.
        // plumb-expect: weak-hash
        MessageDigest digest = MessageDigest.getInstance(resetTokenDigest);
        return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public record Customer(long id, String email, String passwordHash, String displayName) {
    }
}
