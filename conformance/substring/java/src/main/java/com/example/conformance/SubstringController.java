package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SubstringController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String shortHost = host.substring(0, Math.min(host.length(), 64));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + shortHost);
        String fixed = "localhost:8080".substring(0, 9);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed);

        String legacy = "MD5-legacy".substring(0, 3);
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "SHA-256-current".substring(0, 7);
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
