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
public class MapController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Map<String, String> targets = new HashMap<>();
        targets.put("fallback", "localhost");
        targets.put("requested", host);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.get("fallback"));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.get("requested"));

        Map<String, String> algorithms = new HashMap<>();
        algorithms.put("legacy", "MD5");
        algorithms.put("current", "SHA-256");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(algorithms.get("legacy")).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(algorithms.get("current")).digest();
        return "ok";
    }
}
