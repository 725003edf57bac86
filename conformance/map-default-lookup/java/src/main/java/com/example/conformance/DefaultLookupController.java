package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DefaultLookupController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Map<String, String> targets = new HashMap<>();
        targets.put("requested", host);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.getOrDefault("missing", "localhost"));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.getOrDefault("requested", "localhost"));

        Map<String, String> algorithms = new HashMap<>();
        algorithms.put("legacy", "MD5");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(algorithms.getOrDefault("legacy", "SHA-256")).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(algorithms.getOrDefault("unknown", "SHA-256")).digest();
        return "ok";
    }
}
