package com.example.web;

import java.sql.Connection;
import java.sql.Statement;
import java.security.MessageDigest;
import java.util.*;
import static java.util.Objects.requireNonNull;
import static org.springframework.http.MediaType.*;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping({"/a", "/b"})
public class Controller extends BaseController implements Api, Auditable {
    private static final String TABLE = "users";
    private static int hits = 0x10;
    private final List<String> names = new ArrayList<>();
    private Connection conn;
    private String title;

    @GetMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    public String search(@RequestParam(value = "q", required = false) String q,
                         @RequestHeader Map<String, List<String>> headers,
                         String... rest) throws Exception {
        Statement stmt = conn.createStatement();
        stmt.executeQuery("SELECT * FROM " + TABLE + " WHERE name = '" + q + "'");
        MessageDigest md = MessageDigest.getInstance("MD5");
        System.out.println(q);
        String trimmed = q.trim().toLowerCase().strip();
        if (q.isEmpty()) {
            title = "empty";
        } else {
            hits++;
        }
        switch (q.length()) {
            case 0:
                return "none";
            case 1:
            case 2:
                hits += 1;
                break;
            default:
                hits--;
        }
        Runnable r = () -> System.out.println(q + title);
        try {
            stmt.close();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            log(e);
        } finally {
            hits = 0;
        }
        return trimmed;
    }
}
