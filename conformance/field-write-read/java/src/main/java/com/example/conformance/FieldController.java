package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FieldController {

    static final class Job {
        String command;
        String algorithm;
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Job fixed = new Job();
        fixed.command = "ping -c 1 localhost";
        Job requested = new Job();
        requested.command = "ping -c 1 " + host;
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed.command);
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(requested.command);

        Job legacy = new Job();
        legacy.algorithm = "MD5";
        Job strong = new Job();
        strong.algorithm = "SHA-256";
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy.algorithm).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong.algorithm).digest();
        return "ok";
    }
}
