package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FluentController {

    static final class CommandBuilder {
        private String line;

        CommandBuilder(String program) {
            this.line = program;
        }

        CommandBuilder arg(String value) {
            this.line = this.line + " " + value;
            return this;
        }

        String build() {
            return line;
        }
    }

    static final class AlgorithmBuilder {
        private String family = "";
        private String size = "";

        AlgorithmBuilder family(String family) {
            this.family = family;
            return this;
        }

        AlgorithmBuilder size(String size) {
            this.size = size;
            return this;
        }

        String build() {
            return family + size;
        }
    }

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String fixed = new CommandBuilder("ping").arg("-c 1").arg("localhost").build();
        String requested = new CommandBuilder("ping").arg("-c 1").arg(host).build();
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed);
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(requested);

        String legacy = new AlgorithmBuilder().family("MD").size("5").build();
        String strong = new AlgorithmBuilder().family("SHA-").size("256").build();
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
