package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.model.BlankNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

import java.util.Set;
import java.util.function.IntFunction;

/** Renders a blank as text where an export's target puts its own input: {@code [b1]} for Canvas, say. */
final class BlankTextRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final IntFunction<String> text;

    BlankTextRenderer(HtmlNodeRendererContext context, IntFunction<String> text) {
        this.context = context;
        this.text = text;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(BlankNode.class);
    }

    @Override
    public void render(Node node) {
        context.getWriter().text(text.apply(((BlankNode) node).number()));
    }
}
