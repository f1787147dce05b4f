package dev.mdquiz.generator.internal.parse;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.List;

/** The commonmark-java parser and renderers, built once; all of them are immutable and thread-safe. */
final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer html = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .sanitizeUrls(true)
            .nodeRendererFactory(BlankRenderer::new)
            .nodeRendererFactory(CodeBlockRenderer::new)
            .softbreak("\n")
            .build();
    private final TextContentRenderer text = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .build();

    Node parse(String source) {
        return parser.parse(source);
    }

    String html(List<Node> blocks) {
        StringBuilder out = new StringBuilder();
        for (Node block : blocks) {
            out.append(html.render(block));
        }
        return out.toString().strip();
    }

    /** The inline content of a paragraph or heading, without the enclosing element. */
    String inlineHtml(Node block) {
        StringBuilder out = new StringBuilder();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            out.append(html.render(child));
        }
        return out.toString().strip();
    }

    String text(List<Node> blocks) {
        StringBuilder out = new StringBuilder();
        for (Node block : blocks) {
            out.append(text.render(block)).append('\n');
        }
        return out.toString().strip();
    }
}
