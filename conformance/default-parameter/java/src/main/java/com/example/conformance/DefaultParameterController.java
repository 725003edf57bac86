package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DefaultParameterController {

    private static String command() {
        return command("localhost");
    }

    private static String command(String target) {
        return "ping -c 1 " + target;
    }

    private static String algorithm() {
        return algorithm("SHA-256");
    }

    private static String algorithm(String name) {
        return name;
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(command());
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(command(host));

        // plumb-expect: weak-hash
        MessageDigest.getInstance(algorithm("MD5")).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(algorithm()).digest();
        return "ok";
    }
}
