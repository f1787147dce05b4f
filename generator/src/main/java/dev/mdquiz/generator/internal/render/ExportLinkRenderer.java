package dev.mdquiz.generator.internal.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links and images in an export: where the export leads them, or, where it leads nowhere (another bank, a file the
 * format cannot carry), a link's text alone and an image's description alone.
 */
final class ExportLinkRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final MarkupHtml.ExportTargets targets;

    ExportLinkRenderer(HtmlNodeRendererContext context, MarkupHtml.ExportTargets targets) {
        this.context = context;
        this.targets = targets;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Image image) {
            image(image);
            return;
        }
        Link link = (Link) node;
        Optional<String> target = targets.link(link.getDestination());
        if (target.isPresent()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(target.get()));
            if (link.getTitle() != null) {
                attributes.put("title", link.getTitle());
            }
            context.getWriter().tag("a", context.extendAttributes(node, "a", attributes));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        if (target.isPresent()) {
            context.getWriter().tag("/a");
        }
    }

    private void image(Image image) {
        String description = description(image);
        Optional<String> target = targets.image(image.getDestination());
        if (target.isEmpty()) {
            context.getWriter().text(description);
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("src", target.get());
        attributes.put("alt", description);
        if (image.getTitle() != null) {
            attributes.put("title", image.getTitle());
        }
        context.getWriter().tag("img", context.extendAttributes(image, "img", attributes), true);
    }

    /** The image's description as text, as commonmark writes its alt attribute. */
    private static String description(Image image) {
        StringBuilder text = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }
        });
        return text.toString();
    }
}
