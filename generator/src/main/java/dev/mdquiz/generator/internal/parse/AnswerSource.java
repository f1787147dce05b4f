package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.MathNode;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a question kind's parser may ask of the bank it reads (internal/kind): the source lines behind nodes,
 * inline Markdown parsed on its own, blanks, and where to report. The parser decides which kind a question is;
 * each kind reads its own answer part.
 */
public final class AnswerSource {
    private final Markdown markdown;
    private final SourceLines lines;
    private final Report report;

    AnswerSource(Markdown markdown, SourceLines lines, Report report) {
        this.markdown = markdown;
        this.lines = lines;
        this.report = report;
    }

    /** The rest of the source line a node starts on, from where it starts. */
    public String firstLine(Node node) {
        return lines.restOfFirstLine(node);
    }

    /** The source text of a node. */
    public String text(Node node) {
        return lines.text(node);
    }

    public void error(SourcePosition at, String message) {
        report.error(at, message);
    }

    /** Parses a piece of a line as inline Markdown on its own; its source spans are moved to {@code start}. */
    public Node inline(String source, SourcePosition start) {
        Node document = markdown.parse(source.strip());
        Node inline = document.getFirstChild() instanceof Paragraph paragraph ? paragraph : new Paragraph();
        placeAt(inline, start);
        return inline;
    }

    /** Whether a block holds {@code [[...]]} blanks. */
    public static boolean containsBlank(Node block) {
        return Blanks.containsBlank(block);
    }

    /** Cuts the blanks out of the blocks, leaving placeholders where they stood; reports malformed ones. */
    public List<Answer.Blank> extractBlanks(List<Node> blocks, SourcePosition fallback) {
        return Blanks.extract(blocks, fallback, report);
    }

    /**
     * Whether the formula stands between a blank's brackets ({@code [[$x$]]}): dollars are read first, so the
     * brackets would stay text around it and the question would have no blank.
     */
    public static boolean isFormulaInBlank(MathNode math) {
        if (!(math.getPrevious() instanceof Text before) || !(math.getNext() instanceof Text after)) {
            return false;
        }
        String left = before.getLiteral();
        String right = after.getLiteral();
        int close = right.indexOf("]]");
        int open = right.indexOf("[[");
        return left.lastIndexOf("[[") > left.lastIndexOf("]]") && close >= 0 && (open < 0 || close < open);
    }

    /** Where an offset of a fenced code block's literal stands in the bank. */
    public static SourcePosition inCode(FencedCodeBlock block, int offset, SourcePosition fallback) {
        return Blanks.inCode(block, block.getLiteral(), offset, fallback);
    }

    /** The plain text a block starts with, up to its first inline element. */
    public static String leadingText(Node block) {
        StringBuilder text = new StringBuilder();
        for (Node child = block.getFirstChild(); child instanceof Text t; child = child.getNext()) {
            text.append(t.getLiteral());
        }
        return text.toString();
    }

    /** Drops the first {@code count} characters of a block's text, keeping later columns exact. */
    public static void dropLeadingText(Node block, int count) {
        Inlines.dropLeadingText(block, count);
    }

    /** Moves the spans of a piece of a line parsed on its own to where the piece stands in the bank. */
    private static void placeAt(Node node, SourcePosition start) {
        List<SourceSpan> spans = new ArrayList<>();
        for (SourceSpan span : node.getSourceSpans()) {
            int line = span.getLineIndex();
            spans.add(SourceSpan.of(line + start.line() - 1,
                    line == 0 ? span.getColumnIndex() + start.column() - 1 : span.getColumnIndex(),
                    span.getInputIndex(), span.getLength()));
        }
        node.setSourceSpans(spans);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            placeAt(child, start);
        }
    }
}
