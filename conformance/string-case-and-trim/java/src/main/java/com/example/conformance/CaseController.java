package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CaseController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String cleaned = host.trim().toLowerCase(Locale.ROOT);
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + cleaned);
        String fixed = "  LOCALHOST ".trim().toLowerCase(Locale.ROOT);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed);

        String legacy = " md5 ".trim().toUpperCase(Locale.ROOT);
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = " sha-256 ".trim().toUpperCase(Locale.ROOT);
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
