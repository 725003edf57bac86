package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MultipleReturnController {

    record Pair(String first, String second) {
    }

    private static Pair targets(String requested) {
        return new Pair("localhost", requested);
    }

    private static Pair algorithms() {
        return new Pair("MD5", "SHA-256");
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Pair targets = targets(host);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.first());
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.second());

        Pair algorithms = algorithms();
        // plumb-expect: weak-hash
        MessageDigest.getInstance(algorithms.first()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(algorithms.second()).digest();
        return "ok";
    }
}
