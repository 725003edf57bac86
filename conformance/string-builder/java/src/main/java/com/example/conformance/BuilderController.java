package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BuilderController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        StringBuilder command = new StringBuilder("ping");
        command.append(" -c 1 ");
        command.append(host);
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(command.toString());
        StringBuilder fixed = new StringBuilder("ping");
        fixed.append(" -c 1 ").append("localhost");
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed.toString());

        StringBuilder legacy = new StringBuilder();
        legacy.append("MD").append(5);
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy.toString()).digest();
        StringBuilder strong = new StringBuilder("SHA");
        strong.append('-').append(256);
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong.toString()).digest();
        return "ok";
    }
}
