package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.LinkTarget;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the links and images of a bank that point at course files; those in raw HTML come through the raw-HTML
 * check. Destinations stay as the author wrote them. Absolute paths are errors; images from the web are warned
 * about, since pages load nothing from the network.
 */
public final class Links {
    private static final Pattern WEB = Pattern.compile("(https?:)?//.*");

    private Links() {
    }

    static List<LocalLink> collect(Node document, Report report) {
        List<LocalLink> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                inspect(link, link.getDestination(), false, report, links);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                inspect(image, image.getDestination(), true, report, links);
                visitChildren(image);
            }
        });
        return links;
    }

    private static void inspect(Node node, String destination, boolean image, Report report,
                                List<LocalLink> links) {
        inspect(destination, image, SourcePosition.of(node, SourcePosition.START), report, links);
    }

    /**
     * Checks one destination, of a Markdown link or image or of an {@code href} or {@code src} in raw HTML, and adds
     * it to {@code links} when it points at a course file.
     */
    public static void inspect(String destination, boolean image, SourcePosition at, Report report, List<LocalLink> links) {
        if (image && WEB.matcher(destination.toLowerCase(Locale.ROOT)).matches()) {
            report.warning(at, "image '" + destination
                    + "' is on the web and will not load: pages load nothing from the network;"
                    + " save the image beside the bank and link it by a relative path");
        }
        LinkTarget.local(destination).ifPresent(target -> {
            if (target.absolute()) {
                report.error(at, "link to '" + target.file()
                        + "' is an absolute path; link files by a path relative to the bank, inside the source"
                        + " directory");
            } else {
                links.add(new LocalLink(target.file(), image, !image && target.bank(), at));
            }
        });
    }
}
