package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SuperCallController {

    static class Pinger {
        String line(String host) {
            return "ping -c 1 " + host;
        }

        String algorithm() {
            return "MD5";
        }
    }

    static class QuietPinger extends Pinger {
        @Override
        String line(String host) {
            return super.line(host) + " -q";
        }

        @Override
        String algorithm() {
            return super.algorithm();
        }
    }

    static class ModernPinger extends Pinger {
        @Override
        String algorithm() {
            return "SHA-256";
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Pinger quiet = new QuietPinger();
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(quiet.line("localhost"));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(quiet.line(host));

        Pinger modern = new ModernPinger();
        // plumb-expect: weak-hash
        MessageDigest.getInstance(quiet.algorithm()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(modern.algorithm()).digest();
        return "ok";
    }
}
