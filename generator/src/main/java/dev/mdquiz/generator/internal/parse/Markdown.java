package dev.mdquiz.generator.internal.parse;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
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
}
