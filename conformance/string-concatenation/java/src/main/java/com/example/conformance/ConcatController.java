package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ConcatController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String command = "ping -c 1 ";
        command += host;
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(command);
        String fixed = "ping -c 1 ";
        fixed += "localhost";
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed);

        String family = "MD";
        String legacy = family + "5";
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "SHA-" + "256";
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
