package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ArrayController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String[] targets = {"localhost", host};
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets[0]);
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets[1]);

        String[] names = {"MD5", "SHA-256"};
        // plumb-expect: weak-hash
        MessageDigest.getInstance(names[0]).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(names[1]).digest();
        return "ok";
    }
}
