package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MapFunctionController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        List<String> fixed = List.of("localhost").stream().map(h -> "ping -c 1 " + h).toList();
        List<String> requested = List.of(host).stream().map(h -> "ping -c 1 " + h).toList();
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(fixed.get(0));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(requested.get(0));

        List<String> legacy = List.of("MD").stream().map(family -> family + "5").toList();
        List<String> strong = List.of("SHA-").stream().map(family -> family + "256").toList();
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy.get(0)).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong.get(0)).digest();
        return "ok";
    }
}
