package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.model.LocalLink;
import dev.mdquiz.generator.internal.model.SourcePosition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the links and images of a bank that point at course files; those in raw HTML come through HtmlOutput.
 * Links to other banks are rewritten to their pages ({@code loops.md#q2} becomes {@code loops.html#q2}); absolute
 * paths are errors; images from the web are warned about, since pages load nothing from the network.
 */
final class Links {
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private Links() {
    }

    static List<LocalLink> collect(Node document, String path, List<Diagnostic> problems) {
        List<LocalLink> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(inspect(link, link.getDestination(), false, path, problems, links));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                inspect(image, image.getDestination(), true, path, problems, links);
                visitChildren(image);
            }
        });
        return links;
    }

    private static String inspect(Node node, String destination, boolean image, String path, List<Diagnostic> problems,
                                  List<LocalLink> links) {
        return inspect(destination, image, SourceLines.positionOf(node, SourcePosition.START), path, problems, links);
    }

    /**
     * Checks one destination, of a Markdown link or image or of an {@code href} or {@code src} in raw HTML.
     *
     * @return the destination the page should use
     */
    static String inspect(String destination, boolean image, SourcePosition at, String path, List<Diagnostic> problems,
                          List<LocalLink> links) {
        if (destination.isEmpty() || destination.startsWith("#")) {
            return destination;
        }
        if (SCHEME.matcher(destination).matches() || destination.startsWith("//")) {
            if (image && destination.toLowerCase(Locale.ROOT).matches("(https?:)?//.*")) {
                problems.add(new Diagnostic(path, at.line(), at.column(), Severity.WARNING, "image '" + destination
                        + "' is on the web and will not load: pages load nothing from the network;"
                        + " save the image beside the bank and link it by a relative path"));
            }
            return destination;
        }
        int cut = indexOfAny(destination, '?', '#');
        String file = decode(cut < 0 ? destination : destination.substring(0, cut));
        String rest = cut < 0 ? "" : destination.substring(cut);
        if (file.startsWith("/") || file.startsWith("\\") || file.matches("[a-zA-Z]:[\\\\/].*")) {
            problems.add(new Diagnostic(path, at.line(), at.column(), Severity.ERROR, "link to '" + file
                    + "' is an absolute path; link files by a path relative to the bank, inside the source directory"));
            return destination;
        }
        boolean bankLink = !image && file.toLowerCase(Locale.ROOT).endsWith(".md");
        links.add(new LocalLink(file, image, bankLink, at));
        return bankLink ? destination.substring(0, destination.length() - rest.length() - 3) + ".html" + rest : destination;
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
