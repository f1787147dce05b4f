package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.kind.ChoiceKind;
import dev.mdquiz.generator.internal.kind.FillInKind;
import dev.mdquiz.generator.internal.kind.MatchingKind;
import dev.mdquiz.generator.internal.kind.OrderingKind;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the blocks of one question: the start block, then the stem, an optional hint, the answer part and the
 * explanation. The answer part is, in this order of precedence: a task list (choice), blanks in the text
 * (fill-in), an ordered list (ordering) or a bullet list of {@code left -> right} items (matching). Which kind a
 * question is, the parser decides from the Markdown's shape; each kind (internal/kind) reads its own answer part.
 */
final class QuestionParser {
    private static final String HINT_PREFIX = "hint:";

    private final Markdown markdown;
    private final SourceLines lines;
    private final Report report;

    QuestionParser(Markdown markdown, SourceLines lines, Report report) {
        this.markdown = markdown;
        this.lines = lines;
        this.report = report;
    }

    Question parse(int number, List<Node> segment) {
        Node first = segment.get(0);
        SourcePosition position = SourcePosition.of(first, SourcePosition.START);
        Directive directive = Directive.NONE;
        List<Node> blocks = new ArrayList<>();
        blocks.add(startBlock(first));
        for (Node block : segment.subList(1, segment.size())) {
            Optional<Directive> read = block instanceof HtmlBlock html
                    ? Directive.read(html.getLiteral(), directive, SourcePosition.of(block, position), report)
                    : Optional.empty();
            if (read.isPresent()) {
                directive = read.get();
            } else {
                blocks.add(block);
            }
        }
        directive = inlineDirectives(blocks.get(0), directive, position);
        if (blocks.get(0).getFirstChild() == null) {
            blocks.remove(0); // the start block held only the number
        }

        AnswerSource source = new AnswerSource(markdown, lines, report);
        int answerIndex = indexOf(blocks, block -> ChoiceKind.isTaskList(block, source));
        Answer answer;
        List<Node> stem;
        List<Node> explanation;
        boolean inText = false; // blanks stand in the question text; other answers are a block of their own
        if (answerIndex >= 0) {
            answer = ChoiceKind.parse((BulletList) blocks.get(answerIndex), directive.multiple(), position, source);
        } else if ((answerIndex = lastIndexOf(blocks, FillInKind::hasBlanks)) >= 0) {
            answer = FillInKind.parse(blocks.subList(0, answerIndex + 1), position, source);
            inText = true;
            answerIndex++; // the blanks stay in the stem; the explanation starts after them
        } else if ((answerIndex = indexOf(blocks, block -> OrderingKind.isOrderingList(block)
                || OrderingKind.isCodeToOrder(block) || MatchingKind.isMatchingList(block, source))) >= 0) {
            Node list = blocks.get(answerIndex);
            answer = OrderingKind.isOrderingList(list) ? OrderingKind.parse(list, position)
                    : OrderingKind.isCodeToOrder(list) ? OrderingKind.parseCode(list, directive.indent() != null, position,
                    source)
                    : MatchingKind.parse(list, position, source);
        } else {
            answerIndex = blocks.size();
            answer = new Answer.None(position);
        }
        boolean answerIsBlock = !inText && answerIndex < blocks.size();
        stem = new ArrayList<>(blocks.subList(0, Math.min(answerIndex, blocks.size())));
        explanation = new ArrayList<>(blocks.subList(Math.min(answerIndex + (answerIsBlock ? 1 : 0), blocks.size()),
                blocks.size()));
        while (!explanation.isEmpty() && explanation.get(explanation.size() - 1) instanceof ThematicBreak) {
            explanation.remove(explanation.size() - 1);
        }
        checkAfterTheAnswer(number, explanation, position, answerIsBlock, source);
        List<Node> hint = takeHint(stem, answerIsBlock);
        if (hint.isEmpty() && inText) {
            hint = takeHintAfterBlanks(explanation);
        }
        checkCodeMarks(number, answer, directive, List.of(stem, hint, explanation), position);
        String id = directive.id().isEmpty() ? "q" + number : directive.id();
        SourcePosition hintPosition = hint.isEmpty() ? position : SourcePosition.of(hint.get(0), position);
        return new Question(number, id, position, Markup.of(stem), Markup.of(hint), hintPosition, answer,
                Markup.of(explanation), Math.max(1, directive.points()));
    }

    /**
     * What follows the answer is the explanation. Two mistakes put blocks there that authors meant elsewhere: option
     * feedback written at column 0 (it ends the options list, and the options after it look like a second list),
     * and a hint written after the options (it would show only after checking).
     */
    private void checkAfterTheAnswer(int number, List<Node> explanation, SourcePosition position, boolean answerIsBlock,
                                     AnswerSource source) {
        for (int i = 0; i < explanation.size(); i++) {
            Node block = explanation.get(i);
            boolean splitsTheOptions = block instanceof BlockQuote && i + 1 < explanation.size()
                    && ChoiceKind.isTaskList(explanation.get(i + 1), source);
            if (splitsTheOptions) {
                report.error(SourcePosition.of(block, position), "option feedback must be indented under its option:"
                        + " write it two spaces in, as '  " + lines.restOfFirstLine(block).strip() + "' right under"
                        + " the option's line; at the start of the line it ends the options list");
                i++; // the options after it are the same list, not a second one
            } else if (ChoiceKind.isTaskList(block, source)) {
                report.error(SourcePosition.of(block, position), "question " + number
                        + " has a second options list; start a new question before it");
            } else if (answerIsBlock && prefixedHint(block)) {
                report.warning(SourcePosition.of(block, position), "this hint stands after the answer, so it becomes"
                        + " part of the explanation, shown only after checking; hints go above the options");
            }
        }
    }

    /**
     * A code block marked {@code blanks} or {@code order} that is still a plain code block was not read as the
     * question's answer, and {@code indent} means something only for a Parsons problem: each says why.
     */
    private void checkCodeMarks(int number, Answer answer, Directive directive, List<List<Node>> parts,
                                SourcePosition position) {
        boolean parsons = answer instanceof Answer.Ordering ordering && ordering.isCode();
        if (directive.indent() != null && !parsons) {
            report.error(directive.indent(), "indent applies to a Parsons problem only (an ordering question whose"
                    + " items are a code block marked order, such as ```python order); question " + number
                    + " is not one");
        }
        for (List<Node> part : parts) {
            for (Node block : part) {
                block.accept(new AbstractVisitor() {
                    @Override
                    public void visit(FencedCodeBlock code) {
                        SourcePosition at = SourcePosition.of(code, position);
                        if (Blanks.isBlanksCode(code)) {
                            report.error(at, Blanks.holdsCodeBlank(code.getLiteral())
                                    ? "question " + number + " has options, so the blanks in this code block would"
                                    + " not be graded: a question has either options or blanks"
                                    : code.getLiteral().contains("[[")
                                    ? "this code block is marked blanks but none of its [[ is closed on its line: a"
                                    + " blank opens and closes on one line ([[answer]]), and an answer of several"
                                    + " lines stands between a line holding only [[ and one holding only ]]"
                                    : "this code block is marked blanks but holds no [[blank]]: put [[answer]] where"
                                    + " the learner fills in, or drop the word blanks");
                        } else if (OrderingKind.isCodeToOrder(code)) {
                            report.error(at, "question " + number + " already has its answer, so this code block"
                                    + " marked order is not its lines to order: drop the word order, or make it a"
                                    + " question of its own");
                        }
                    }
                });
            }
        }
    }

    /** The question's first block as a paragraph without its number: a heading's text, or the bold-number paragraph. */
    private static Node startBlock(Node first) {
        if (first instanceof Heading) {
            Paragraph text = new Paragraph();
            Node child = first.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                text.appendChild(child);
                child = next;
            }
            first.getSourceSpans().forEach(text::addSourceSpan);
            return text;
        }
        first.getFirstChild().unlink(); // the bold number
        Inlines.dropLeadingWhitespace(first);
        return first;
    }

    private Directive inlineDirectives(Node block, Directive directive, SourcePosition position) {
        Directive result = directive;
        for (Node child = block.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (child instanceof HtmlInline html) {
                Optional<Directive> read = Directive.read(html.getLiteral(), result,
                        SourcePosition.of(child, position), report);
                if (read.isPresent()) {
                    result = read.get();
                    child.unlink();
                }
            }
            child = next;
        }
        Inlines.dropLeadingWhitespace(block);
        return result;
    }

    /** A blockquote that starts with "Hint:", or that stands right before the answer list, is the hint. */
    private List<Node> takeHint(List<Node> stem, boolean answerIsBlock) {
        for (int i = 0; i < stem.size(); i++) {
            Node block = stem.get(i);
            if (block instanceof BlockQuote && i > 0 && (prefixedHint(block) || answerIsBlock && i == stem.size() - 1)) {
                return hintContent(stem.remove(i));
            }
        }
        return List.of();
    }

    /** A fill-in's blanks may stand in its first paragraph: a "Hint:" blockquote right after them is its hint. */
    private List<Node> takeHintAfterBlanks(List<Node> explanation) {
        return !explanation.isEmpty() && prefixedHint(explanation.get(0)) ? hintContent(explanation.remove(0)) : List.of();
    }

    private static boolean prefixedHint(Node block) {
        return block instanceof BlockQuote && block.getFirstChild() instanceof Paragraph paragraph
                && leadingText(paragraph).toLowerCase(Locale.ROOT).startsWith(HINT_PREFIX);
    }

    private static List<Node> hintContent(Node quote) {
        if (prefixedHint(quote)) {
            Inlines.dropLeadingText(quote.getFirstChild(), HINT_PREFIX.length());
        }
        List<Node> content = new ArrayList<>();
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            content.add(child);
        }
        return content;
    }

    private static String leadingText(Node block) {
        StringBuilder text = new StringBuilder();
        for (Node child = block.getFirstChild(); child instanceof Text t; child = child.getNext()) {
            text.append(t.getLiteral());
        }
        return text.toString();
    }

    private static int indexOf(List<Node> blocks, java.util.function.Predicate<Node> test) {
        for (int i = 0; i < blocks.size(); i++) {
            if (test.test(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<Node> blocks, java.util.function.Predicate<Node> test) {
        int found = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (test.test(blocks.get(i))) {
                found = i;
            }
        }
        return found;
    }
}
