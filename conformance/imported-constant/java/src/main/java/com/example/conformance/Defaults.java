package com.example.conformance;

final class Defaults {

    static final String HOST = "localhost";
    static final String LEGACY_ALGORITHM = "MD5";
    static final String CURRENT_ALGORITHM = "SHA-256";

    private Defaults() {
    }
}
