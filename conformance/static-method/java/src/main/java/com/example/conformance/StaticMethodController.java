package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StaticMethodController {

    static final class Commands {
        private Commands() {
        }

        static String ping(String target) {
            return "ping -c 1 " + target;
        }

        static String algorithm(String family, String size) {
            return family + size;
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(Commands.ping("localhost"));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(Commands.ping(host));

        // plumb-expect: weak-hash
        MessageDigest.getInstance(Commands.algorithm("MD", "5")).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(Commands.algorithm("SHA-", "256")).digest();
        return "ok";
    }
}
