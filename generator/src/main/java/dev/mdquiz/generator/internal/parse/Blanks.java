package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.SourcePosition;
import dev.mdquiz.generator.model.CodeWithBlanks;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code [[...]]} blanks in question text and replaces them with {@link BlankNode}s, in reading order. In code,
 * blanks stand only in a fenced block marked {@code blanks}, which becomes a {@link CodeWithBlanks}; there a line
 * holding only {@code [[} opens an answer of several lines, closed by a line holding only {@code ]]}.
 */
final class Blanks {
    private static final Pattern BLANK = Pattern.compile("\\[\\[([^\\[\\]]*)\\]\\]");
    /** In code a blank stays on its line: a {@code [[} line opens an answer of several lines instead. */
    private static final Pattern CODE_BLANK = Pattern.compile("\\[\\[([^\\[\\]\\n]*)\\]\\]");
    private static final Pattern LINES_OPEN = Pattern.compile("(?m)^[ \\t]*\\[\\[[ \\t]*$");
    private static final Pattern LINES_CLOSE = Pattern.compile("(?m)^[ \\t]*\\]\\][ \\t]*$");

    private Blanks() {
    }

    static boolean containsBlank(Node block) {
        mergeTexts(block); // "[[" and "]]" may sit in separate text nodes when brackets were parsed apart
        boolean[] found = {false};
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                found[0] |= BLANK.matcher(text.getLiteral()).find();
            }

            @Override
            public void visit(FencedCodeBlock code) {
                found[0] |= isBlanksCode(code) && holdsCodeBlank(code.getLiteral());
            }
        });
        return found[0];
    }

    static boolean isBlanksCode(Node node) {
        return CodeInfo.has(node, CodeInfo.BLANKS);
    }

    static boolean holdsCodeBlank(String code) {
        return CODE_BLANK.matcher(code).find() || LINES_OPEN.matcher(code).find();
    }

    /** What a text stands in that could not show a blank's input, or null. */
    private static String container(Text text) {
        for (Node parent = text.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Image) {
                return "an image's description";
            }
            if (parent instanceof Link) {
                return "a link's text";
            }
        }
        return null;
    }

    /** Replaces every blank under {@code blocks}; unreadable ones are reported and kept as placeholders. */
    static List<Answer.Blank> extract(List<Node> blocks, SourcePosition fallback, Report report) {
        List<Answer.Blank> found = new ArrayList<>();
        List<CodeParts> codes = new ArrayList<>();
        for (Node block : blocks) {
            mergeTexts(block);
            List<Node> leaves = new ArrayList<>();
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    leaves.add(text);
                }

                @Override
                public void visit(FencedCodeBlock code) {
                    if (isBlanksCode(code)) {
                        leaves.add(code);
                    }
                }
            });
            for (Node leaf : leaves) {
                if (leaf instanceof Text text) {
                    split(text, found, fallback, report);
                } else {
                    codes.add(splitCode((FencedCodeBlock) leaf, found, fallback, report));
                }
            }
        }
        // a code block's blanks are labelled "blank 2 of 3": the question's count is known only now
        for (CodeParts code : codes) {
            CodeWithBlanks node = new CodeWithBlanks(CodeInfo.language(code.block()), found.size());
            code.parts().forEach(node::appendChild);
            node.setSourceSpans(code.block().getSourceSpans());
            int top = blocks.indexOf(code.block());
            if (top >= 0) {
                blocks.set(top, node);
            }
            code.block().insertBefore(node);
            code.block().unlink();
        }
        return found;
    }

    /** A {@code blanks} code block cut into code runs and blanks. */
    private record CodeParts(FencedCodeBlock block, List<Node> parts) {
    }

    private static CodeParts splitCode(FencedCodeBlock block, List<Answer.Blank> found, SourcePosition fallback,
                                       Report report) {
        String code = block.getLiteral();
        List<Node> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int lineStart = 0;
        while (lineStart < code.length()) {
            int lineEnd = code.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? code.length() : lineEnd + 1;
            String line = code.substring(lineStart, lineEnd);
            SourcePosition at = inCode(block, code, lineStart, fallback);
            if (LINES_OPEN.matcher(line.stripTrailing()).matches()) {
                Matcher close = LINES_CLOSE.matcher(code);
                int end = close.find(lineEnd) ? close.start() : -1;
                if (end < 0) {
                    report.error(at, "this [[ opens an answer of several lines that is never closed: end it with a"
                            + " line holding only ]]");
                    end = code.length();
                }
                String expected = code.substring(lineEnd, end).stripTrailing();
                if (expected.isBlank()) {
                    report.error(at, "empty blank: write the expected lines between the [[ line and the ]] line");
                }
                flush(run, parts);
                found.add(new Answer.LinesBlank(expected, at));
                parts.add(new BlankNode(found.size(), found.get(found.size() - 1)));
                run.append('\n');
                int afterClose = code.indexOf('\n', end);
                lineStart = end >= code.length() || afterClose < 0 ? code.length() : afterClose + 1;
                continue;
            }
            Matcher matcher = CODE_BLANK.matcher(line);
            int last = 0;
            while (matcher.find()) {
                SourcePosition blankAt = inCode(block, code, lineStart + matcher.start(), fallback);
                warnUnclosed(block, code, lineStart, line.substring(0, matcher.start()), last, fallback, report);
                run.append(line, last, matcher.start());
                flush(run, parts);
                Answer.Blank blank = readSpec(matcher.group(1), blankAt, report);
                found.add(blank);
                parts.add(new BlankNode(found.size(), blank));
                last = matcher.end();
            }
            warnUnclosed(block, code, lineStart, line, last, fallback, report);
            run.append(line.substring(last));
            lineStart = lineEnd;
        }
        flush(run, parts);
        return new CodeParts(block, parts);
    }

    /**
     * A {@code [[} in the code between blanks, such as {@code x = [[1} with its {@code ]]} forgotten, stays code: the
     * page would show it where the author meant an input, so it is named.
     */
    private static void warnUnclosed(FencedCodeBlock block, String code, int lineStart, String upTo, int from,
                                     SourcePosition fallback, Report report) {
        int open = upTo.indexOf("[[", from);
        if (open >= 0) {
            report.warning(inCode(block, code, lineStart + open, fallback), "this [[ is not closed on its line, so it"
                    + " stays code: in a code block marked blanks a blank opens and closes on one line ([[answer]]),"
                    + " and an answer of several lines stands between a line holding only [[ and one holding only ]]");
        }
    }

    private static void flush(StringBuilder run, List<Node> parts) {
        if (!run.isEmpty()) {
            parts.add(new Text(run.toString()));
            run.setLength(0);
        }
    }

    /**
     * Where an offset of a code block's literal stands in the bank. Each line of the block is one of its source spans
     * (the opening fence first); a line of the literal is its span's text without the fence's indentation, so it
     * ends where the span ends.
     */
    static SourcePosition inCode(FencedCodeBlock block, String literal, int offset, SourcePosition fallback) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (literal.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        List<SourceSpan> spans = block.getSourceSpans();
        if (line + 1 >= spans.size()) {
            return SourcePosition.of(block, fallback);
        }
        int lineEnd = literal.indexOf('\n', lineStart);
        int lineLength = (lineEnd < 0 ? literal.length() : lineEnd) - lineStart;
        SourceSpan span = spans.get(line + 1);
        int shift = Math.max(0, span.getLength() - lineLength);
        return new SourcePosition(span.getLineIndex() + 1, span.getColumnIndex() + shift + offset - lineStart + 1);
    }

    private static Answer.Blank readSpec(String spec, SourcePosition at, Report report) {
        try {
            return BlankSpec.parse(spec, at);
        } catch (BlankSpec.InvalidBlankException e) {
            report.error(at, e.getMessage());
            return new Answer.TextBlank(List.of(spec), at);
        }
    }

    private static void split(Text text, List<Answer.Blank> found, SourcePosition fallback, Report report) {
        String literal = text.getLiteral();
        Matcher matcher = BLANK.matcher(literal);
        String container = container(text);
        int last = 0;
        while (matcher.find()) {
            SourcePosition at = SourcePosition.of(text, matcher.start(), fallback);
            if (container != null) {
                // an image's description is an attribute, a link's text a link: neither can hold an input
                report.error(at, "a blank cannot stand in " + container + ": move [[" + matcher.group(1)
                        + "]] out of it");
            }
            Answer.Blank blank = readSpec(matcher.group(1), at, report);
            if (matcher.start() > last) {
                text.insertBefore(new Text(literal.substring(last, matcher.start())));
            }
            found.add(blank);
            text.insertBefore(new BlankNode(found.size(), blank));
            last = matcher.end();
        }
        if (last > 0) {
            if (last < literal.length()) {
                text.insertBefore(new Text(literal.substring(last)));
            }
            text.unlink();
        }
    }

    /** Joins adjacent text nodes, keeping the first node's source spans extended by the others'. */
    private static void mergeTexts(Node block) {
        List<Text> starts = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (!(text.getPrevious() instanceof Text) && text.getNext() instanceof Text) {
                    starts.add(text); // most texts stand alone: nothing to join
                }
            }
        });
        for (Text start : starts) {
            StringBuilder literal = new StringBuilder(start.getLiteral());
            while (start.getNext() instanceof Text next) {
                literal.append(next.getLiteral());
                next.getSourceSpans().forEach(start::addSourceSpan);
                next.unlink();
            }
            start.setLiteral(literal.toString());
        }
    }
}
