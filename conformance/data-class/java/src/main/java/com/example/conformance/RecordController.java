package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecordController {

    record Targets(String fallback, String requested) {
    }

    record Algorithms(String legacy, String current) {
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Targets targets = new Targets("localhost", host);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.fallback());
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.requested());

        Algorithms algorithms = new Algorithms("MD5", "SHA-256");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(algorithms.legacy()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(algorithms.current()).digest();
        return "ok";
    }
}
