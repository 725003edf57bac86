package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ForEachController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) {
        List.of("localhost", "127.0.0.1").forEach(fixed -> {
            try {
                // plumb-ok: command-injection
                Runtime.getRuntime().exec("ping -c 1 " + fixed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List.of(host).forEach(target -> {
            try {
                // plumb-expect: command-injection
                Runtime.getRuntime().exec("ping -c 1 " + target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        List.of("MD5").forEach(legacy -> {
            try {
                // plumb-expect: weak-hash
                MessageDigest.getInstance(legacy).digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
        List.of("SHA-256", "SHA-512").forEach(strong -> {
            try {
                // plumb-ok: weak-hash
                MessageDigest.getInstance(strong).digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
        return "ok";
    }
}
