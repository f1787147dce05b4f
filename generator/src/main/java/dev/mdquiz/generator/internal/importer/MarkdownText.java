package dev.mdquiz.generator.internal.importer;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns imported text into Markdown that reads the same: commonmark-java's own Markdown renderer escapes what
 * would otherwise be markup ({@code *}, {@code _}, a leading {@code 1.} or {@code #}, ...). Two things the
 * renderer cannot know are this project's: {@code [[} starts a blank even when escaped, so a word joiner (invisible)
 * goes between the brackets; and {@code $} may start a formula, so every dollar in text is written {@code \$} (the
 * tools imported from read {@code $x$} as text, and {@code a\_1} inside dollars would be bad TeX).
 */
public final class MarkdownText {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();
    /** U+2060 WORD JOINER: invisible, and keeps "[[" from reading as a blank. */
    private static final String WORD_JOINER = "\u2060";
    /** Stands for a dollar while the renderer escapes the text around it (it would escape a backslash put there). */
    private static final String DOLLAR = "\uE0D0"; // apart from the blanks' placeholders (U+E000 to U+E002)
    private static final Pattern LEADING_PLUS = Pattern.compile("(?m)^(\\s*)\\+(\\s|$)");

    private MarkdownText() {
    }

    /** Plain text, paragraphs separated by blank lines, as Markdown blocks. */
    public static String ofPlain(String text) {
        Document document = new Document();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            Paragraph block = new Paragraph();
            String[] lines = paragraph.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    block.appendChild(new SoftLineBreak());
                }
                block.appendChild(new Text(lines[i].strip()));
            }
            document.appendChild(block);
        }
        // commonmark-java's renderer leaves a leading "+ " as it is, which would start a list
        return LEADING_PLUS.matcher(render(document)).replaceAll("$1\\\\+$2");
    }

    /** Plain text as one line of inline Markdown (an option, a matching side, an ordering item). */
    public static String ofPlainInline(String text) {
        return ofPlain(text.strip().replaceAll("\\s+", " "));
    }

    /** Renders commonmark blocks as Markdown, after guarding "[[" in their text. */
    static String render(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                text.setLiteral(guardBlanks(text.getLiteral()).replace(DOLLAR, "").replace("$", DOLLAR));
            }
        });
        return RENDERER.render(document).strip().replace(DOLLAR, "\\$");
    }

    /** Blocks, each rendered alone and joined by blank lines. */
    static String render(List<Node> blocks) {
        Document document = new Document();
        for (Node block : new ArrayList<>(blocks)) {
            document.appendChild(block);
        }
        return render(document);
    }

    static String guardBlanks(String text) {
        return text.replace("[[", "[" + WORD_JOINER + "[");
    }
}
