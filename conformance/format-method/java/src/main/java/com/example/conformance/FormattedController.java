package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FormattedController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String command = "ping -c 1 %s".formatted(host);
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(command);
        String fixed = "ping -c 1 %s".formatted("localhost");
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed);

        String legacy = "%s%d".formatted("MD", 5);
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "SHA-%d".formatted(256);
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
