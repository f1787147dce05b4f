package dev.mdquiz.generator.internal.render;

import java.util.Map;

/** Writes the flat string maps the page reads as JSON, safe inside a {@code <script>} element. */
final class Json {
    private Json() {
    }

    static String object(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, key);
            json.append(':');
            string(json, value);
        });
        return json.append('}').toString();
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '<' -> json.append("\\u003c"); // never "</script>" inside the element
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
