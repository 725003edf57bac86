package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BranchController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String fixed;
        if (host.length() > 3) {
            fixed = "ping -c 1 localhost";
        } else {
            fixed = "uptime";
        }
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed);
        String requested = "uptime";
        if (host.length() > 3) {
            requested = "ping -c 1 " + host;
        }
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(requested);

        String legacy;
        if (host.startsWith("old")) {
            legacy = "MD5";
        } else {
            legacy = "MD" + "5";
        }
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong;
        if (host.startsWith("old")) {
            strong = "SHA-256";
        } else {
            strong = "SHA-512";
        }
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
