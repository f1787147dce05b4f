package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.model.Quiz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A quiz page's links to the index and its neighbours in course order, all relative to the page so that the
 * site works from {@code file://}, a domain root or a project sub-path.
 *
 * @param previous the quiz before, or null
 * @param next     the quiz after, or null
 */
public record Navigation(Quiz page, Quiz previous, Quiz next) {

    String indexHref() {
        return href(PageLinks.pagePath(page), "index.html");
    }

    String href(Quiz target) {
        return href(PageLinks.pagePath(page), PageLinks.pagePath(target));
    }

    /**
     * The link from one output file to another, both given relative to the output folder: percent-encoded, so
     * that a name with {@code #}, {@code ?}, {@code %}, spaces or any letter opens the file it names.
     */
    static String href(String from, String to) {
        Path folder = Path.of(from).getParent();
        String relative = folder == null ? to : folder.relativize(Path.of(to)).toString();
        StringBuilder href = new StringBuilder();
        for (String segment : relative.replace('\\', '/').split("/", -1)) {
            href.append(href.length() == 0 ? "" : "/").append(encode(segment));
        }
        return href.toString();
    }

    /** Every byte of the UTF-8 name but unreserved characters is escaped: a ':' would otherwise read as a scheme. */
    private static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }

    private static final String HEX = "0123456789ABCDEF";
}
