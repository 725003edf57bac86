package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HelperController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(CommandHelper.buildPing("localhost"));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(CommandHelper.buildPing(host));

        // plumb-expect: weak-hash
        MessageDigest.getInstance(CommandHelper.algorithmName("MD", "5")).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(CommandHelper.algorithmName("SHA-", "256")).digest();
        return "ok";
    }
}
