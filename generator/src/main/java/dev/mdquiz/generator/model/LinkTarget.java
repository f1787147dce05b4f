package dev.mdquiz.generator.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link's or image's destination read as a path to a file of the course, relative to the bank as its author
 * wrote it: {@code img/flow.svg}, {@code ../week-2/loops.md#q2}.
 *
 * @param file   the decoded path, without query or fragment
 * @param suffix the query and fragment as written ({@code #q2}), or empty
 */
public record LinkTarget(String file, String suffix) {
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern DRIVE = Pattern.compile("[a-zA-Z]:[\\\\/].*");

    /**
     * Empty for a place in the page itself ({@code #q2}, nothing) and for an address elsewhere, with a scheme or a
     * host ({@code https://...}, {@code mailto:...}, {@code //host/...}).
     */
    public static Optional<LinkTarget> local(String destination) {
        if (destination.isEmpty() || destination.startsWith("#") || elsewhere(destination)) {
            return Optional.empty();
        }
        int cut = indexOfAny(destination, '?', '#');
        String file = decode(cut < 0 ? destination : destination.substring(0, cut));
        return Optional.of(new LinkTarget(file, cut < 0 ? "" : destination.substring(cut)));
    }

    private static boolean elsewhere(String destination) {
        return SCHEME.matcher(destination).matches() || destination.startsWith("//");
    }

    /** A path from the root of a disk, which no published site shares with the course. */
    public boolean absolute() {
        return file.startsWith("/") || file.startsWith("\\") || DRIVE.matcher(file).matches();
    }

    /** Whether it names a bank, whose page a link leads to. */
    public boolean bank() {
        return file.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? second : second < 0 ? first : Math.min(first, second);
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path; // not percent-encoded after all
        }
    }
}
