package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GuardController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host, @RequestParam String algorithm)
            throws IOException, NoSuchAlgorithmException {
        if (host.equals("localhost")) {
            // plumb-ok: command-injection
            Runtime.getRuntime().exec("ping -c 1 " + host);
        }
        if (!host.isEmpty()) {
            // plumb-expect: command-injection
            Runtime.getRuntime().exec("ping -c 1 " + host);
        }

        if (algorithm.equals("MD5")) {
            // plumb-expect: weak-hash
            MessageDigest.getInstance(algorithm).digest();
        }
        if (algorithm.equals("SHA-256")) {
            // plumb-ok: weak-hash
            MessageDigest.getInstance(algorithm).digest();
        }
        return "ok";
    }
}
