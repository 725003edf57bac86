package com.example.conformance;

final class CommandHelper {

    private CommandHelper() {
    }

    static String buildPing(String target) {
        return "ping -c 1 " + target;
    }

    static String algorithmName(String family, String size) {
        return family + size;
    }
}
