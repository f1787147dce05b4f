package dev.mdquiz.generator.internal.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns imported category names into safe relative paths under the source folder: Moodle's context prefixes
 * ({@code $course$}, {@code top}) go, each name becomes one folder or file name without separators, {@code ..},
 * control characters, characters Windows forbids or its reserved names ({@code CON}, {@code NUL}, ...).
 */
final class CategoryPath {
    private static final Set<String> CONTEXTS = Set.of("$course$", "$module$", "$system$", "$coursecategory$",
            "$cat1$", "top", "default");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");
    private static final int MAX_NAME = 80;

    private CategoryPath() {
    }

    /** A category path as Moodle writes it ({@code $course$/top/Algebra/Fractions}, {@code //} escaping a slash). */
    static List<String> segments(String path) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        String text = path.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                name.append('/'); // Moodle writes a slash inside a name as //
                i++;
            } else if (c == '/') {
                names.add(name.toString().strip());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString().strip());
        names.removeIf(each -> each.replace(".", "").isBlank()); // "." and ".." name no category
        // the context and Moodle's "top" (and "Default for ...") categories say nothing about the course's structure
        while (!names.isEmpty() && (CONTEXTS.contains(names.get(0).toLowerCase(Locale.ROOT))
                || names.get(0).toLowerCase(Locale.ROOT).startsWith("default for "))) {
            names.remove(0);
        }
        return names;
    }

    /** One name as a file or folder name: readable, portable, never a path of its own. */
    static String fileName(String name) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            boolean unsafe = c < 0x20 || c == 0x7f || "<>:\"/\\|?*".indexOf(c) >= 0 || Character.isWhitespace(c);
            out.append(unsafe ? "-" : new String(Character.toChars(c)));
        }
        String result = out.toString().replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-. ]+$", "");
        if (result.length() > MAX_NAME) {
            result = result.substring(0, MAX_NAME).replaceAll("[-.]+$", "");
        }
        if (result.isEmpty() || result.startsWith("_")) {
            result = "category" + result; // "_" starts the loader's own files (_section.md)
        }
        String stem = result.contains(".") ? result.substring(0, result.indexOf('.')) : result;
        if (RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
            result = result + "-";
        }
        return result;
    }
}
