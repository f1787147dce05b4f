package dev.mdquiz.generator;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A question format {@link QuizImporter} reads. */
public enum ImportFormat {
    /** Moodle's GIFT text format ({@code .gift}, often {@code .txt}). */
    GIFT("gift"),
    /** The Aiken format: text, options {@code A.}, then {@code ANSWER: A} ({@code .txt}). */
    AIKEN("aiken"),
    /** Moodle XML ({@code .xml}), as Moodle's question bank exports it. */
    MOODLE_XML("moodle-xml");

    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^\\s*ANSWER\\s*:\\s*[A-Za-z]\\s*$");
    private final String id;

    ImportFormat(String id) {
        this.id = id;
    }

    /** The name {@code quiz.importFormat} takes: {@code gift}, {@code aiken} or {@code moodle-xml}. */
    public String id() {
        return id;
    }

    /** The format named so: {@code gift}, {@code aiken}, {@code moodle-xml} (or {@code moodle}, {@code xml}). */
    public static Optional<ImportFormat> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "gift" -> Optional.of(GIFT);
            case "aiken" -> Optional.of(AIKEN);
            case "moodle-xml", "moodlexml", "moodle", "xml" -> Optional.of(MOODLE_XML);
            default -> Optional.empty();
        };
    }

    /** The format of a file, from its extension and, for {@code .txt}, its content; empty when neither tells. */
    public static Optional<ImportFormat> detect(Path file, String start) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gift")) {
            return Optional.of(GIFT);
        }
        if (name.endsWith(".xml") || start.stripLeading().startsWith("<?xml") || start.contains("<quiz")) {
            return Optional.of(MOODLE_XML);
        }
        if (AIKEN_ANSWER.matcher(start).find() && !start.contains("{")) {
            return Optional.of(AIKEN);
        }
        if (start.contains("{") && start.contains("}") || start.contains("$CATEGORY:") || start.contains("::")) {
            return Optional.of(GIFT);
        }
        return Optional.empty();
    }
}
