package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FlagController {

    private static final boolean DEBUG = false;
    private static final boolean TRUST_REQUEST = true;
    private static final boolean LEGACY_CLIENTS = true;
    private static final boolean ALLOW_LEGACY = false;

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String fixed = "localhost";
        if (DEBUG) {
            fixed = host;
        }
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed);
        String requested = "localhost";
        if (TRUST_REQUEST) {
            requested = host;
        }
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + requested);

        String legacy = "SHA-256";
        if (LEGACY_CLIENTS) {
            legacy = "MD5";
        }
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "SHA-256";
        if (ALLOW_LEGACY) {
            strong = "MD5";
        }
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
