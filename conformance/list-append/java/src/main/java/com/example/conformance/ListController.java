package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ListController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, NoSuchAlgorithmException {
        List<String> targets = new ArrayList<>();
        targets.add("localhost");
        targets.add(host);
        // plumb-ok: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.get(0));
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + targets.get(1));

        List<String> names = new ArrayList<>();
        names.add("MD5");
        names.add("SHA-256");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(names.get(0)).digest();
        // plumb-ok: weak-hash
        MessageDigest.getInstance(names.get(1)).digest();
        return "ok";
    }
}
