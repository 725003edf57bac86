package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FormatController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String command = String.format("ping -c 1 %s", host);
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(command);
        String fixed = String.format("ping -c %d %s", 1, "localhost");
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed);

        String legacy = String.format("%s%d", "MD", 5);
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = String.format("SHA-%d", 256);
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
