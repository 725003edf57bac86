package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OverrideController {

    static class Command {
        String line(String host) {
            return "uptime";
        }
    }

    static class PingCommand extends Command {
        @Override
        String line(String host) {
            return "ping -c 1 " + host;
        }
    }

    static class Hasher {
        String algorithm() {
            return "SHA-256";
        }
    }

    static class LegacyHasher extends Hasher {
        @Override
        String algorithm() {
            return "MD5";
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Command plain = new Command();
        Command pinger = new PingCommand();
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(plain.line(host));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(pinger.line(host));

        Hasher legacy = new LegacyHasher();
        Hasher strong = new Hasher();
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy.algorithm()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong.algorithm()).digest();
        return "ok";
    }
}
