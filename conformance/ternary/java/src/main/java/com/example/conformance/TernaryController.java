package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TernaryController {

    private static final boolean LEGACY_CLIENTS = true;

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String fixed = host.isEmpty() ? "localhost" : "127.0.0.1";
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed);
        String requested = host.isEmpty() ? "localhost" : host;
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + requested);

        String legacy = LEGACY_CLIENTS ? "MD5" : "SHA-256";
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = LEGACY_CLIENTS ? "SHA-256" : "MD5";
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
