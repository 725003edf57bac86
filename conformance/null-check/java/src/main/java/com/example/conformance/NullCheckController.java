package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class NullCheckController {

    @GetMapping("/ping")
    public String ping(@RequestParam(required = false) String host) throws IOException, NoSuchAlgorithmException {
        String fixed = null;
        if (fixed == null) {
            fixed = "localhost";
        }
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed);
        String requested = host;
        if (requested == null) {
            requested = "localhost";
        }
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + requested);

        String legacy = null;
        if (legacy == null) {
            legacy = "MD5";
        }
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "SHA-256";
        if (strong == null) {
            strong = "MD5";
        }
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
