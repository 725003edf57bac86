package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CompletableFuture;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FutureController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        String fixed = CompletableFuture.completedFuture("localhost").thenApply(h -> "ping -c 1 " + h).join();
        String requested = CompletableFuture.completedFuture(host).thenApply(h -> "ping -c 1 " + h).join();
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed);
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(requested);

        String legacy = CompletableFuture.completedFuture("MD").thenApply(f -> f + "5").join();
        String strong = CompletableFuture.completedFuture("SHA-").thenApply(f -> f + "256").join();
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
