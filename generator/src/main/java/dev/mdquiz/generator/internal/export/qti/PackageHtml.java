package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportHtml;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import org.jsoup.nodes.Entities;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The one place where a part of a bank becomes the HTML of a QTI {@code mattext}: the export's HTML ({@link ExportHtml},
 * the page's renderer), with blanks as the text the question type wants and each course file the part shows or
 * links to carried in the package, addressed as Canvas addresses package files ({@code $IMS-CC-FILEBASE$/img/a.png},
 * the file at {@code web_resources/img/a.png}). New Markup nodes (math, code blanks) reach QTI through here.
 */
final class PackageHtml {
    /** Where Canvas's own QTI exports put course files, and what its {@code $IMS-CC-FILEBASE$} token stands for. */
    static final String FILES_FOLDER = "web_resources/";
    static final String FILE_BASE = "$IMS-CC-FILEBASE$/";

    private final String bankFolder;
    private final ExportHtml html;
    /** The course files the parts point at, by their path in the package, in order of first use. */
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    PackageHtml(ExportBank bank) {
        String id = bank.quiz().id();
        this.bankFolder = id.contains("/") ? id.substring(0, id.lastIndexOf('/') + 1) : "";
        this.html = new ExportHtml(bank, this::carry);
    }

    /**
     * @param blankText what a blank becomes: {@code [b1]} in a fill-in-multiple-blanks text, {@code ___} elsewhere
     * @param question  the question the part belongs to, for warnings; null for the quiz's introduction
     */
    String html(Markup markup, Question question, IntFunction<String> blankText) {
        return html.html(markup, question, blank -> Entities.escape(blankText.apply(blank.number())));
    }

    /** A part without blanks. */
    String html(Markup markup, Question question) {
        return html(markup, question, number -> "___");
    }

    /** Text as HTML. */
    String escaped(String text) {
        return Entities.escape(text);
    }

    /** The package's course files, by their path in the package, in order of first use. */
    Map<String, byte[]> files() {
        return new LinkedHashMap<>(files);
    }

    private Optional<String> carry(LocalLink link, byte[] bytes) {
        Optional<String> path = courseFile(link.path());
        path.ifPresent(file -> files.putIfAbsent(FILES_FOLDER + file, bytes));
        return path.map(file -> FILE_BASE + encoded(file));
    }

    /** The file's path from the source folder: the bank's folder and the link's path, with {@code ..} resolved. */
    private Optional<String> courseFile(String file) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (bankFolder + file).replace('\\', '/').split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty(); // ExportBank.read refused it already
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    /** A path as a URL path: spaces and other characters percent-encoded, slashes kept. */
    private static String encoded(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
