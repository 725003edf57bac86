package com.example.shop.service;

import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Network and host checks behind the admin "diagnostics" page. */
@Service
public class DiagnosticsService {

    private static final Pattern HOST_NAME = Pattern.compile("^[A-Za-z0-9.-]{1,253}$");
    private static final String DATA_DIR = "/var/lib/shop";

    public boolean ping(String host) throws IOException, InterruptedException {
        if (!HOST_NAME.matcher(host).matches()) {
            throw new IllegalArgumentException("not a host name");
        }
        // plumb-ok: command-injection
        Process process = new ProcessBuilder("ping", "-c", "2", "-W", "2", host).redirectErrorStream(true).start();
        return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    public String traceroute(String host) throws IOException {
        // Run through a shell so the output can be trimmed with tail.
        String script = "traceroute -m 15 -w 2 " + host + " 2>&1 | tail -n 20";
        // plumb-expect: command-injection
        Process process = new ProcessBuilder("/bin/sh", "-c", script).start();
        return readOutput(process);
    }

    public String diskUsage() throws IOException {
        // plumb-ok: command-injection
        Process process = Runtime.getRuntime().exec(new String[] {"df", "-h", DATA_DIR});
        return readOutput(process);
    }

    private static String readOutput(Process process) throws IOException {
        try (InputStream in = process.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
