package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LambdaController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Supplier<String> fixed = () -> "ping -c 1 localhost";
        Supplier<String> requested = () -> "ping -c 1 " + host;
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed.get());
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(requested.get());

        String legacy = "MD5";
        Supplier<String> weak = () -> legacy;
        Supplier<String> strong = () -> "SHA-256";
        // plumb-expect: weak-hash
        MessageDigest.getInstance(weak.get()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong.get()).digest();
        return "ok";
    }
}
