package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SuperConstructorController {

    static class Command {
        private final String line;

        Command(String line) {
            this.line = line;
        }

        String line() {
            return line;
        }
    }

    static class PingCommand extends Command {
        PingCommand(String host) {
            super("ping -c 1 " + host);
        }
    }

    static class Digest {
        private final String algorithm;

        Digest(String algorithm) {
            this.algorithm = algorithm;
        }

        String algorithm() {
            return algorithm;
        }
    }

    static class LegacyDigest extends Digest {
        LegacyDigest() {
            super("MD5");
        }
    }

    static class ModernDigest extends Digest {
        ModernDigest() {
            super("SHA-256");
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Command fixed = new PingCommand("localhost");
        Command requested = new PingCommand(host);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed.line());
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(requested.line());

        Digest legacy = new LegacyDigest();
        Digest modern = new ModernDigest();
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy.algorithm()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(modern.algorithm()).digest();
        return "ok";
    }
}
