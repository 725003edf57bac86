package com.example.shop.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/** Invoice PDFs written by the billing job, and their encrypted exports. */
@Service
public class InvoiceStorage {

    private final Path invoiceDir;
    private final SecretKey archiveKey;
    private final SecretKey erpKey;
    private final SecureRandom secureRandom = new SecureRandom();

    // plumb-ok: hardcoded-secret
    public InvoiceStorage(@Value("${shop.invoices.dir}") String invoiceDir, @Value("${shop.invoices.archive-key}") String archiveKey, @Value("${shop.invoices.erp-key}") String erpKey) {
        // plumb-ok: path-traversal
        this.invoiceDir = Paths.get(invoiceDir).toAbsolutePath().normalize();
        this.archiveKey = new SecretKeySpec(Base64.getDecoder().decode(archiveKey), "AES");
        this.erpKey = new SecretKeySpec(Base64.getDecoder().decode(erpKey), "DESede");
    }

    /** Download by file name, as linked from order confirmation e-mails sent before 2023. */
    public byte[] read(String fileName) throws IOException {
        // plumb-expect: path-traversal
        return Files.readAllBytes(invoiceDir.resolve(fileName));
    }

    public byte[] readChecked(String fileName) throws IOException {
        // plumb-ok: path-traversal
        Path file = invoiceDir.resolve(fileName).normalize();
        if (!file.startsWith(invoiceDir)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // plumb-ok: path-traversal
        return Files.readAllBytes(file);
    }

    /** Copies for the accounting archive: AES-GCM, stored as nonce followed by ciphertext. */
    public byte[] sealForArchive(byte[] pdf) throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        // plumb-ok: insecure-random
        secureRandom.nextBytes(nonce);
        // plumb-ok: weak-cipher
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, archiveKey, new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(pdf);
        return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    }

    /** Format expected by the old ERP import; remove once the ERP migration is finished. */
    public byte[] sealForErp(byte[] pdf) throws GeneralSecurityException {
        // plumb-expect: weak-cipher
        Cipher cipher = Cipher.getInstance("DESede/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, erpKey);
        return cipher.doFinal(pdf);
    }
}
