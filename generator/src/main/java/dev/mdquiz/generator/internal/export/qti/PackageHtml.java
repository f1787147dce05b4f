package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.model.LinkTarget;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.SourcePosition;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The one place where a part of a bank becomes the HTML of a QTI {@code mattext}: the page's HTML renderer, with
 * blanks as the text the question type wants and each course file the part shows or links to taken into the
 * package, addressed as Canvas addresses package files ({@code $IMS-CC-FILEBASE$/img/a.png}). New Markup nodes (math,
 * code blanks) reach QTI through here.
 */
final class PackageHtml {
    /** Where Canvas's own QTI exports put course files, and what its {@code $IMS-CC-FILEBASE$} token stands for. */
    static final String FILES_FOLDER = "web_resources/";
    static final String FILE_BASE = "$IMS-CC-FILEBASE$/";

    private final ExportBank bank;
    private final String bankFolder;
    /** Package path (under {@link #FILES_FOLDER}) to the bank's link that reads it, in order of first use. */
    private final Map<String, LocalLink> files = new LinkedHashMap<>();

    PackageHtml(ExportBank bank) {
        this.bank = bank;
        String id = bank.quiz().id();
        this.bankFolder = id.contains("/") ? id.substring(0, id.lastIndexOf('/') + 1) : "";
    }

    /**
     * @param blankText what a blank becomes: {@code [b1]} in a fill-in-multiple-blanks text, {@code ___} elsewhere
     * @param at        the question, for warnings about links the package cannot follow
     */
    String html(Markup markup, IntFunction<String> blankText, SourcePosition at) {
        return MarkupHtml.forExport(blankText, (address, image) -> address(address, image, at)).html(markup);
    }

    /** A part without blanks. */
    String html(Markup markup, SourcePosition at) {
        return html(markup, number -> "___", at);
    }

    /** Text as HTML. */
    String escaped(String text) {
        return Entities.escape(text);
    }

    /** The package's course files, by their path in the package, in order of first use. */
    Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Map.Entry<String, LocalLink> file : files.entrySet()) {
            contents.put(file.getKey(), bank.files().read(file.getValue()));
        }
        return contents;
    }

    private String address(String address, boolean image, SourcePosition at) {
        Optional<LinkTarget> local = LinkTarget.local(address);
        if (local.isEmpty() || local.get().absolute()) {
            return address; // elsewhere on the web, or a place in the question: the LMS shows it as it is
        }
        LinkTarget target = local.get();
        if (target.bank()) {
            bank.warnings().warning(at, "the link to " + target.file() + " leads to another quiz's page, which the"
                    + " package does not hold; the link is kept as it is");
            return address;
        }
        Optional<LocalLink> link = bank.quiz().links().stream()
                .filter(candidate -> candidate.path().equals(target.file()) && !candidate.bankLink())
                .findFirst();
        Optional<String> path = courseFile(target.file());
        if (link.isEmpty() || path.isEmpty()) {
            return address; // the check stage reported it
        }
        String packaged = FILES_FOLDER + path.get();
        files.putIfAbsent(packaged, link.get());
        return FILE_BASE + encoded(path.get()) + target.suffix();
    }

    /** The file's path from the source folder: the bank's folder and the link's path, with {@code ..} resolved. */
    private Optional<String> courseFile(String file) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (bankFolder + file).replace('\\', '/').split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
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
