package dev.mdquiz.generator.internal.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a request path to a file of the preview folder, and to nothing else: a path that names a parent
 * ({@code ..}, also percent-encoded), holds an encoded slash or backslash, a backslash, a NUL, a drive letter or an
 * empty segment, or that leads out of the folder through a symbolic link, finds nothing. A folder is served by its
 * {@code index.html}; a folder without one finds nothing (there are no listings).
 */
final class SiteFiles {
    private final Path root;

    /** What a request path leads to. */
    sealed interface Lookup permits Found, Redirect, NotFound {
    }

    /** @param name the request's last segment (or {@code index.html}), for its content type */
    record Found(Path file, String name) implements Lookup {
    }

    /** A folder asked for without its trailing slash: relative links on its index page need the slash. */
    record Redirect(String location) implements Lookup {
    }

    record NotFound() implements Lookup {
    }

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** @param rawPath the request's path as sent, still percent-encoded */
    Lookup lookup(String rawPath) {
        Optional<String> relative = relativePath(rawPath);
        if (relative.isEmpty()) {
            return new NotFound();
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return new NotFound(); // no preview yet
        }
        Path candidate;
        try {
            candidate = relative.get().isEmpty() ? root : root.resolve(relative.get());
        } catch (InvalidPathException e) {
            return new NotFound();
        }
        if (!candidate.normalize().startsWith(root)) {
            return new NotFound();
        }
        if (Files.isDirectory(candidate)) {
            if (!relative.get().isEmpty() && !rawPath.endsWith("/")) {
                return inside(candidate.resolve("index.html"), realRoot) ? new Redirect(rawPath + "/") : new NotFound();
            }
            candidate = candidate.resolve("index.html");
        } else if (rawPath.endsWith("/")) {
            return new NotFound(); // a file is not a folder
        }
        if (!inside(candidate, realRoot)) {
            return new NotFound();
        }
        return new Found(candidate, candidate.getFileName().toString());
    }

    /** A regular file whose real path, links followed, is inside the real root. */
    private static boolean inside(Path file, Path realRoot) {
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The path relative to the root, decoded, with forward slashes and no leading one; empty for the root itself.
     * Nothing for a path that could name anything outside the root on any file system.
     */
    static Optional<String> relativePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        StringBuilder relative = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            Optional<String> segment = decode(segments[i]);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            String name = segment.get();
            if (name.isEmpty() && !last) {
                return Optional.empty(); // "//": an absolute path in disguise
            }
            if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                    || name.indexOf('\0') >= 0 || name.indexOf(':') >= 0) {
                return Optional.empty();
            }
            if (!name.isEmpty()) {
                if (relative.length() > 0) {
                    relative.append('/');
                }
                relative.append(name);
            }
        }
        return Optional.of(relative.toString());
    }

    /** Strict percent-decoding to UTF-8; '+' stays '+', as it does in a path. Nothing for a malformed segment. */
    private static Optional<String> decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return Optional.of(segment);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(segment.charAt(i + 1), 16);
                int low = Character.digit(segment.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                int codePoint = segment.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
