package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ImportedConstantController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + Defaults.HOST);
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + host);

        // plumb-expect: weak-hash
        MessageDigest.getInstance(Defaults.LEGACY_ALGORITHM).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(Defaults.CURRENT_ALGORITHM).digest();
        return "ok";
    }
}
