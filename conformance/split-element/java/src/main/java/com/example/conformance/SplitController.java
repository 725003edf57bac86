package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SplitController {

    @GetMapping("/ping")
    public String ping(@RequestParam String hosts) throws IOException, NoSuchAlgorithmException {
        String first = hosts.split(",")[0];
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + first);
        String fixed = "localhost,127.0.0.1".split(",")[1];
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + fixed);

        String[] names = "MD5,SHA-256".split(",");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(names[0]).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(names[1]).digest();
        return "ok";
    }
}
