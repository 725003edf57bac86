package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class VarargsController {

    private static String first(String... values) {
        return values[0];
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + first("localhost", host));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + first(host, "localhost"));

        // plumb-expect: weak-hash
        MessageDigest.getInstance(first("MD5", "SHA-256")).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(first("SHA-256", "MD5")).digest();
        return "ok";
    }
}
