package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ArithmeticController {

    @GetMapping("/ping")
    public String ping(@RequestParam String count) throws IOException, NoSuchAlgorithmException {
        int packets = 2 * 2;
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c " + (packets + 1) + " localhost");
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c " + (packets + count) + " localhost");

        String legacy = "MD" + (2 + 3);
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "SHA-" + (128 * 2);
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
