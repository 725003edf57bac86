package com.example.web;

import java.sql.*;
import java.security.MessageDigest;
import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
import static java.util.Collections.*;
import org.springframework.web.bind.annotation.RequestParam;

@RestController
@RequestMapping({"/a", "/b"})
public class UserController extends BaseController implements Api {
    private static final String TABLE = "users";
    private final Connection conn = DriverManager.getConnection("jdbc:h2:mem");
    private String prefix = "p" + TABLE;

    @GetMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<User> search(@RequestParam(value = "q", required = false) String q, int limit) throws Exception {
        Statement stmt = conn.createStatement();
        ResultSet rs = stmt.executeQuery("SELECT * FROM " + TABLE + " WHERE name = '" + q + "'");
        MessageDigest md = MessageDigest.getInstance("MD5");
        if (q != null && !q.isEmpty()) {
            System.out.println(q);
        } else {
            limit = 10;
        }
        switch (limit) {
            case 1:
            case 2: limit++; break;
            default: limit--;
        }
        Runnable r = () -> System.out.println(q + prefix);
        try {
            rs.next();
        } catch (SQLException e) {
            throw new RuntimeException(e);
        } finally {
            rs.close();
        }
        String s = "a";
        s += q;
        int n = 0x1F + 0b101 + 017 + 1_000L;
        char c = 'x';
        String tb = """
            hello
            world""";
        return null;
    }
}
