package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoopController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String fixed = "ping";
        for (String part : new String[] {"-c", "1", "localhost"}) {
            fixed = fixed + " " + part;
        }
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed);
        String requested = "ping";
        for (String part : new String[] {"-c", "1", host}) {
            requested = requested + " " + part;
        }
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(requested);

        String legacy = "";
        for (String part : new String[] {"MD", "5"}) {
            legacy = legacy + part;
        }
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "";
        for (String part : new String[] {"SHA-", "256"}) {
            strong = strong + part;
        }
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
