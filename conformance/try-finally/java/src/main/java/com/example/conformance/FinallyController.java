package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FinallyController {

    private static void check(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty value");
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String fixed = host;
        try {
            check(fixed);
        } finally {
            fixed = "localhost";
        }
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed);
        String requested = "localhost";
        try {
            check(host);
        } finally {
            requested = host;
        }
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + requested);

        String legacy = "SHA-256";
        try {
            check(legacy);
        } finally {
            legacy = "MD5";
        }
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "MD5";
        try {
            check(strong);
        } finally {
            strong = "SHA-256";
        }
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
