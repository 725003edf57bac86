package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SwitchController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String statusMode = "status";
        String fixed = switch (statusMode) {
            case "ping" -> "ping -c 1 " + host;
            case "status" -> "uptime";
            default -> throw new IllegalArgumentException(statusMode);
        };
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed);
        String pingMode = "ping";
        String requested = switch (pingMode) {
            case "ping" -> "ping -c 1 " + host;
            case "status" -> "uptime";
            default -> throw new IllegalArgumentException(pingMode);
        };
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(requested);

        String level = "legacy";
        String legacy = switch (level) {
            case "legacy" -> "MD5";
            case "modern" -> "SHA-256";
            default -> throw new IllegalArgumentException(level);
        };
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String modernLevel = "modern";
        String strong = switch (modernLevel) {
            case "legacy" -> "MD5";
            case "modern" -> "SHA-256";
            default -> throw new IllegalArgumentException(modernLevel);
        };
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
