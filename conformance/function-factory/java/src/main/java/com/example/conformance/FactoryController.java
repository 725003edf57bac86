package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FactoryController {

    private static UnaryOperator<String> prefixer(String prefix) {
        return value -> prefix + value;
    }

    private static Supplier<String> fixed(String value) {
        return () -> value;
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        UnaryOperator<String> pingCommand = prefixer("ping -c 1 ");
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(pingCommand.apply("localhost"));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(pingCommand.apply(host));

        Supplier<String> legacy = fixed("MD5");
        Supplier<String> strong = fixed("SHA-256");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy.get()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong.get()).digest();
        return "ok";
    }
}
