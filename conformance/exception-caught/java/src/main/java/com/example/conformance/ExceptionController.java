package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ExceptionController {

    static final class Rejected extends RuntimeException {
        final String value;

        Rejected(String value) {
            super("rejected");
            this.value = value;
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        try {
            throw new Rejected("localhost");
        } catch (Rejected e) {
            // plumb-ok: command-injection
            Runtime.getRuntime().exec("ping -c 1 " + e.value);
        }
        try {
            throw new Rejected(host);
        } catch (Rejected e) {
            // plumb-expect: command-injection
            Runtime.getRuntime().exec("ping -c 1 " + e.value);
        }

        try {
            throw new Rejected("MD5");
        } catch (Rejected e) {
            // plumb-expect: weak-hash
            MessageDigest.getInstance(e.value).digest();
        }
        try {
            throw new Rejected("SHA-256");
        } catch (Rejected e) {
            // plumb-ok: weak-hash
            MessageDigest.getInstance(e.value).digest();
        }
        return "ok";
    }
}
