package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EarlyReturnController {

    private static String target(String requested, boolean trusted) {
        if (!trusted) {
            return "localhost";
        }
        return requested;
    }

    private static String algorithm(boolean legacy) {
        if (legacy) {
            return "MD5";
        }
        return "SHA-256";
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + target(host, false));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + target(host, true));

        // plumb-expect: weak-hash
        MessageDigest.getInstance(algorithm(true)).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(algorithm(false)).digest();
        return "ok";
    }
}
