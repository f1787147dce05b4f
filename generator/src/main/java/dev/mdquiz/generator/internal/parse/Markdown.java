package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.html.HtmlSanitizer;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.MathNode;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.List;
import java.util.Set;

/** The commonmark-java parser, and the text renderer for titles, built once; both are immutable and thread-safe. */
final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .customInlineContentParserFactory(new MathSyntax())
            .build();
    /** Plain text keeps of raw HTML only what a reader sees: no tags, no comments. */
    private final TextContentRenderer text = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(RawHtmlText::new)
            .nodeRendererFactory(MathText::new)
            .build();

    Node parse(String source) {
        return parser.parse(source);
    }

    /** A heading's text, for a title: as commonmark's text renderer writes it (code in quotes). */
    String title(Node heading) {
        return text.render(heading).strip();
    }

    /** A formula in a title: its TeX between the dollars it was written with. */
    private static final class MathText implements NodeRenderer {
        private final TextContentNodeRendererContext context;

        MathText(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MathNode.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().write(PlainText.math((MathNode) node));
        }
    }

    /** Raw HTML in plain text: what a reader sees of it (text, image descriptions), never its tags or comments. */
    private static final class RawHtmlText implements NodeRenderer {
        private final TextContentNodeRendererContext context;

        RawHtmlText(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlInline.class, HtmlBlock.class);
        }

        @Override
        public void render(Node node) {
            String literal = node instanceof HtmlBlock block ? block.getLiteral() : ((HtmlInline) node).getLiteral();
            context.getWriter().write(HtmlSanitizer.visibleText(literal));
        }
    }
}
