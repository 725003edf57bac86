package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SetController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        for (String fixed : Set.of("localhost", "127.0.0.1")) {
            // plumb-ok: command-injection
            Runtime.getRuntime().exec("ping -c 1 " + fixed);
        }
        for (String target : Set.of(host)) {
            // plumb-expect: command-injection
            Runtime.getRuntime().exec("ping -c 1 " + target);
        }

        for (String legacy : Set.of("MD5")) {
            // plumb-expect: weak-hash
            MessageDigest.getInstance(legacy).digest();
        }
        for (String strong : Set.of("SHA-256", "SHA-512")) {
            // plumb-ok: weak-hash
            MessageDigest.getInstance(strong).digest();
        }
        return "ok";
    }
}
