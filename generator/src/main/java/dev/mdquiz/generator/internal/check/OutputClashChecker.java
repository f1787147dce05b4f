package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Check stage across the site: two sources that would be written to one file. Paths are compared ignoring case,
 * since macOS and Windows (where courses are written and checked out) do; the generator's own files count too.
 */
public final class OutputClashChecker {
    /** Files the generator writes itself, and what they are. */
    private static final Map<String, String> RESERVED = Map.of(
            "index.html", "the course index",
            ".nojekyll", "the file that tells GitHub Pages to serve the site as it is");

    /**
     * A file of the site.
     *
     * @param path        relative to the output folder, forward slashes
     * @param displayPath the source it comes from, as diagnostics show it
     * @param page        a bank's page, rather than a file published as it is
     */
    public record Output(String path, String displayPath, boolean page) {
        public static Output page(String path, String displayPath) {
            return new Output(path, displayPath, true);
        }

        public static Output file(String path, String displayPath) {
            return new Output(path, displayPath, false);
        }

        /** How a diagnostic at this source starts. */
        String subject() {
            return page ? "its page " + path : "it is published as " + path + ", which";
        }

        /** How a diagnostic at another source names this one. */
        String name() {
            return page ? "the page of " + displayPath : displayPath;
        }
    }

    public void check(List<Output> outputs, List<Diagnostic> problems) {
        Map<String, List<Output>> byPath = new LinkedHashMap<>();
        for (Output output : outputs) {
            byPath.computeIfAbsent(key(output.path()), k -> new ArrayList<>()).add(output);
        }
        for (Output output : outputs) {
            String reserved = RESERVED.get(key(output.path()));
            if (reserved != null) {
                problems.add(error(output, output.subject() + " clashes with " + reserved + "; rename it"));
            }
            for (Output other : byPath.get(key(output.path()))) {
                if (other != output) {
                    problems.add(error(output, output.subject() + " clashes with " + other.name()
                            + caseNote(output, other) + "; rename one of them"));
                }
            }
            folderClash(output, byPath, problems);
        }
    }

    /** A file where another output needs a folder of the same name: {@code a.html} and {@code a.html/b.png}. */
    private static void folderClash(Output output, Map<String, List<Output>> byPath, List<Diagnostic> problems) {
        String path = output.path();
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            List<Output> files = byPath.get(key(path.substring(0, slash)));
            if (files != null) {
                problems.add(error(output, output.subject() + " clashes with " + files.get(0).name() + ": "
                        + files.get(0).path() + " cannot be both a file and a folder; rename one of them"));
                return;
            }
        }
    }

    private static String caseNote(Output output, Output other) {
        return output.path().equals(other.path()) ? ""
                : " (" + other.path() + ": the names differ only in letter case, which macOS and Windows ignore)";
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    private static Diagnostic error(Output output, String message) {
        return new Diagnostic(output.displayPath(), 1, 1, Severity.ERROR, message);
    }
}
