package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class IntController {

    @GetMapping("/ping")
    public String ping(@RequestParam String count) throws IOException, NoSuchAlgorithmException {
        int packets = Integer.parseInt(count);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c " + packets + " localhost");
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c " + count + " localhost");

        String legacy = "MD" + Integer.parseInt("5");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "SHA-" + Integer.parseInt("256");
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
