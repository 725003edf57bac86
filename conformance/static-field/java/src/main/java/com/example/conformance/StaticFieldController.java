package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StaticFieldController {

    static final class Settings {
        static final String DEFAULT_HOST = "localhost";
        static final String LEGACY_ALGORITHM = "MD5";
        static final String CURRENT_ALGORITHM = "SHA-256";
        static String lastHost = DEFAULT_HOST;
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + Settings.DEFAULT_HOST);
        Settings.lastHost = host;
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + Settings.lastHost);

        // plumb-expect: weak-hash
        MessageDigest.getInstance(Settings.LEGACY_ALGORITHM).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(Settings.CURRENT_ALGORITHM).digest();
        return "ok";
    }
}
