package dev.mdquiz.generator.internal.serve;

import java.util.Locale;
import java.util.Map;

/** The {@code Content-Type} of a served file, by its extension; text types are UTF-8, as the generator writes them. */
final class ContentTypes {
    static final String DEFAULT = "application/octet-stream";
    private static final String UTF_8 = "; charset=utf-8";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html" + UTF_8),
            Map.entry("htm", "text/html" + UTF_8),
            Map.entry("css", "text/css" + UTF_8),
            Map.entry("js", "text/javascript" + UTF_8),
            Map.entry("mjs", "text/javascript" + UTF_8),
            Map.entry("json", "application/json" + UTF_8),
            Map.entry("map", "application/json" + UTF_8),
            Map.entry("txt", "text/plain" + UTF_8),
            Map.entry("md", "text/plain" + UTF_8),
            Map.entry("csv", "text/csv" + UTF_8),
            Map.entry("xml", "application/xml" + UTF_8),
            Map.entry("svg", "image/svg+xml" + UTF_8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("wasm", "application/wasm"));

    private ContentTypes() {
    }

    /** The type of a file named {@code name}; {@value #DEFAULT} for an unknown extension or none. */
    static String of(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return DEFAULT;
        }
        return TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }

    static boolean isHtml(String name) {
        return of(name).startsWith("text/html");
    }
}
