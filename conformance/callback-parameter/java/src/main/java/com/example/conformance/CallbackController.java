package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.UnaryOperator;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CallbackController {

    private static String apply(String value, UnaryOperator<String> transform) {
        return transform.apply(value);
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(apply("localhost", h -> "ping -c 1 " + h));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(apply(host, h -> "ping -c 1 " + h));

        // plumb-expect: weak-hash
        MessageDigest.getInstance(apply("MD", family -> family + "5")).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(apply("SHA-", family -> family + "256")).digest();
        return "ok";
    }
}
