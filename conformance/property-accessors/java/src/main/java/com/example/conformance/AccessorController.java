package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AccessorController {

    static final class Option {
        private String value;

        Option(String initial) {
            this.value = initial;
        }

        String getValue() {
            return value;
        }

        void setValue(String value) {
            this.value = value;
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Option fixed = new Option("localhost");
        Option requested = new Option("localhost");
        requested.setValue(host);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed.getValue());
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + requested.getValue());

        Option legacy = new Option("SHA-256");
        legacy.setValue("MD5");
        Option strong = new Option("SHA-256");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy.getValue()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong.getValue()).digest();
        return "ok";
    }
}
