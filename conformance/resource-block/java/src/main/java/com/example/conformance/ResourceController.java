package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ResourceController {

    static final class Lease implements AutoCloseable {
        private final String value;

        Lease(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }

        @Override
        public void close() {
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        try (Lease fixed = new Lease("localhost")) {
            // plumb-ok: command-injection
            Runtime.getRuntime().exec("ping -c 1 " + fixed.value());
        }
        try (Lease requested = new Lease(host)) {
            // plumb-expect: command-injection
            Runtime.getRuntime().exec("ping -c 1 " + requested.value());
        }

        try (Lease legacy = new Lease("MD5")) {
            // plumb-expect: weak-hash
            MessageDigest.getInstance(legacy.value()).digest();
        }
        try (Lease strong = new Lease("SHA-256")) {
            // plumb-ok: weak-hash
            MessageDigest.getInstance(strong.value()).digest();
        }
        return "ok";
    }
}
