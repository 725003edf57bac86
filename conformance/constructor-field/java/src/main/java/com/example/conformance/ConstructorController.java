package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ConstructorController {

    static final class Setting {
        private final String value;

        Setting(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Setting fixed = new Setting("localhost");
        Setting requested = new Setting(host);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed.value());
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + requested.value());

        Setting legacy = new Setting("MD5");
        Setting strong = new Setting("SHA-256");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy.value()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong.value()).digest();
        return "ok";
    }
}
