package com.example.conformance;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReplaceController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host, @RequestParam String hosts) throws IOException, NoSuchAlgorithmException {
        String template = "ping -c 1 HOST";
        // plumb-expect: command-injection
        Runtime.getRuntime().exec(template.replace("HOST", host));
        // plumb-ok: command-injection
        Runtime.getRuntime().exec(template.replace("HOST", "localhost"));
        String spaced = hosts.replace(",", " ");
        // plumb-expect: command-injection
        Runtime.getRuntime().exec("ping -c 1 " + spaced);

        String legacy = "MD-5".replace("-", "");
        // plumb-expect: weak-hash
        MessageDigest.getInstance(legacy).digest();
        String strong = "SHA_256".replace("_", "-");
        // plumb-ok: weak-hash
        MessageDigest.getInstance(strong).digest();
        return "ok";
    }
}
