package dev.mdquiz.generator.internal.render;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Set;

/**
 * Renders raw HTML as commonmark does, but between two {@link MarkupHtml#RAW_MARK}s, so the sanitizer knows which
 * markup the author wrote and which commonmark rendered.
 */
final class RawHtmlMarker implements NodeRenderer {
    private final HtmlWriter writer;

    RawHtmlMarker(HtmlNodeRendererContext context) {
        this.writer = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(HtmlInline.class, HtmlBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof HtmlBlock block) {
            writer.line();
            writer.raw(MarkupHtml.RAW_MARK + block.getLiteral() + MarkupHtml.RAW_MARK);
            writer.line();
        } else {
            writer.raw(MarkupHtml.RAW_MARK + ((HtmlInline) node).getLiteral() + MarkupHtml.RAW_MARK);
        }
    }

    static String literal(Node node) {
        return node instanceof HtmlBlock block ? block.getLiteral() : ((HtmlInline) node).getLiteral();
    }
}
