package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EnumController {

    enum Tool {
        UPTIME("uptime"),
        PING("ping -c 1 ");

        private final String command;

        Tool(String command) {
            this.command = command;
        }

        String command() {
            return command;
        }
    }

    enum Algorithm {
        LEGACY("MD5"),
        CURRENT("SHA-256");

        private final String jcaName;

        Algorithm(String jcaName) {
            this.jcaName = jcaName;
        }

        String jcaName() {
            return jcaName;
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(Tool.UPTIME.command());
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(Tool.PING.command() + host);

        // plumb-expect: weak-hash
        MessageDigest.getInstance(Algorithm.LEGACY.jcaName()).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(Algorithm.CURRENT.jcaName()).digest();
        return "ok";
    }
}
