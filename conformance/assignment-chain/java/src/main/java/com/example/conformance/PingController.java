package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PingController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String first = host;
        String second = first;
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + second);
        second = "localhost";
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + second);

        String algorithm = "MD5";
        String chosen = algorithm;
        // plumb-expect: weak-hash
        MessageDigest.getInstance(chosen).digest();
        chosen = "SHA-256";
        // plumb-ok: weak-hash
        MessageDigest.getInstance(chosen).digest();
        return "ok";
    }
}
