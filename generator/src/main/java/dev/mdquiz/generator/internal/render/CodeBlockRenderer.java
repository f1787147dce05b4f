package dev.mdquiz.generator.internal.render;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

import java.util.Set;

/** Renders fenced code blocks of known languages with build-time highlighting; others as commonmark does. */
final class CodeBlockRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    CodeBlockRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        context.getWriter().line();
        context.getWriter().raw(pre("", language, CodeHighlighter.highlight(block.getLiteral(), language)));
        context.getWriter().line();
    }

    /** A code block's element: {@code preAttributes} (empty or starting with a space), its language as a class. */
    static String pre(String preAttributes, String language, String codeHtml) {
        String languageClass = language.isEmpty() ? "" : " class=\"language-" + CodeHighlighter.escape(language) + "\"";
        return "<pre" + preAttributes + "><code" + languageClass + ">" + codeHtml + "</code></pre>";
    }
}
