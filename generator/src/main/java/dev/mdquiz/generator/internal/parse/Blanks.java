package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code [[...]]} blanks in question text and replaces them with {@link BlankNode}s, in reading order. */
final class Blanks {
    private static final Pattern BLANK = Pattern.compile("\\[\\[([^\\[\\]]*)\\]\\]");

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
        });
        return found[0];
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
        for (Node block : blocks) {
            mergeTexts(block);
            List<Text> texts = new ArrayList<>();
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    texts.add(text);
                }
            });
            for (Text text : texts) {
                split(text, found, fallback, report);
            }
        }
        return found;
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
            Answer.Blank blank;
            try {
                blank = BlankSpec.parse(matcher.group(1), at);
            } catch (BlankSpec.InvalidBlankException e) {
                report.error(at, e.getMessage());
                blank = new Answer.TextBlank(List.of(matcher.group(1)), at);
            }
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
                if (!(text.getPrevious() instanceof Text)) {
                    starts.add(text);
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
