package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecursionController {

    private static String pad(String value, int depth) {
        if (depth == 0) {
            return value;
        }
        return pad(" " + value, depth - 1);
    }

    private static String unwrap(String value, int depth) {
        if (depth == 0) {
            return value;
        }
        return unwrap(value, depth - 1);
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1" + pad("localhost", 2));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1" + pad(host, 2));

        // plumb-expect: weak-hash
        MessageDigest.getInstance(unwrap("MD5", 3)).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(unwrap("SHA-256", 3)).digest();
        return "ok";
    }
}
