package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DispatchController {

    interface Target {
        String host();
    }

    static final class FixedTarget implements Target {
        @Override
        public String host() {
            return "localhost";
        }
    }

    static final class RequestTarget implements Target {
        private final String host;

        RequestTarget(String host) {
            this.host = host;
        }

        @Override
        public String host() {
            return host;
        }
    }

    interface Policy {
        String algorithm();
    }

    static final class LegacyPolicy implements Policy {
        @Override
        public String algorithm() {
            return "MD5";
        }
    }

    static final class ModernPolicy implements Policy {
        @Override
        public String algorithm() {
            return "SHA-256";
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        Target fixed = new FixedTarget();
        Target requested = new RequestTarget(host);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed.host());
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + requested.host());

        Policy legacy = new LegacyPolicy();
        Policy modern = new ModernPolicy();
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy.algorithm()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(modern.algorithm()).digest();
        return "ok";
    }
}
