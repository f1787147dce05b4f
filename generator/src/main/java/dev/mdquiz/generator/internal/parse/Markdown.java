package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.html.HtmlSanitizer;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The commonmark-java parser and renderers, built once; all of them are immutable and thread-safe. */
final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /**
     * Marks where raw HTML starts and ends in rendered HTML, for the sanitizer. commonmark turns every U+0000 of
     * its input (and {@code &#0;}) into U+FFFD, so no bank can forge one.
     */
    static final char RAW_MARK = '\0';

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer html = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .sanitizeUrls(true)
            .percentEncodeUrls(true) // a link written as <über uns.md> must still be a valid URL
            .nodeRendererFactory(BlankRenderer::new)
            .nodeRendererFactory(CodeBlockRenderer::new)
            .nodeRendererFactory(RawHtmlMarker::new)
            .softbreak("\n")
            .build();
    /** Plain text keeps of raw HTML only what a reader sees: no tags, no comments. */
    private final TextContentRenderer text = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(RawHtmlText::new)
            .build();

    /**
     * Rendered HTML with each raw HTML node's literal between two {@link #RAW_MARK}s.
     *
     * @param raw the raw HTML nodes, in the order their literals appear
     */
    record Rendered(String html, List<Node> raw) {
        Rendered append(String separator, Rendered next) {
            List<Node> all = new ArrayList<>(raw);
            all.addAll(next.raw);
            return new Rendered(html + separator + next.html, all);
        }
    }

    Node parse(String source) {
        return parser.parse(source);
    }

    Rendered html(List<Node> blocks) {
        return render(blocks);
    }

    /** The inline content of a paragraph or heading, without the enclosing element. */
    Rendered inlineHtml(Node block) {
        List<Node> children = new ArrayList<>();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return render(children);
    }

    private Rendered render(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        List<Node> raw = new ArrayList<>();
        for (Node node : nodes) {
            out.append(html.render(node));
            collectRaw(node, raw);
        }
        return new Rendered(out.toString().strip(), raw);
    }

    /** Raw HTML nodes in rendering order; an image's description is rendered as alt text, without its raw HTML. */
    private static void collectRaw(Node node, List<Node> raw) {
        if (node instanceof HtmlInline || node instanceof HtmlBlock) {
            raw.add(node);
        } else if (!(node instanceof Image)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collectRaw(child, raw);
            }
        }
    }

    /** Only what a reader sees: text, code and image descriptions, without link addresses or raw HTML. */
    static String visibleText(List<Node> blocks) {
        StringBuilder out = new StringBuilder();
        AbstractVisitor collector = new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                out.append(' ');
            }
        };
        blocks.forEach(block -> block.accept(collector));
        return out.toString().strip();
    }

    String text(List<Node> blocks) {
        StringBuilder out = new StringBuilder();
        for (Node block : blocks) {
            out.append(text.render(block)).append('\n');
        }
        return out.toString().strip();
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
            context.getWriter().write(HtmlSanitizer.visibleText(RawHtmlMarker.literal(node)));
        }
    }
}
