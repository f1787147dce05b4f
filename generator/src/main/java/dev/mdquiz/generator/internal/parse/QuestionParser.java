package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the blocks of one question: the start block, then the stem, an optional hint, the answer part and the
 * explanation. The answer part is, in this order of precedence: a task list (choice), blanks in the text
 * (fill-in), an ordered list (ordering) or a bullet list of {@code left -> right} items (matching).
 */
final class QuestionParser {
    /** A task marker at the start of a list item line: the bullet, then [x], [X], [ ] or []. */
    private static final Pattern TASK_ITEM = Pattern.compile("[ \t]*[-*+][ \t]+\\[([ xX]?)\\](?=[ \t]|$)[ \t]*(.*)");
    private static final Pattern TASK_MARKER = Pattern.compile("\\[[ xX]?\\](?=[ \t]|$)");
    private static final Pattern ARROW = Pattern.compile("\\s*(?:->|→)\\s*");
    private static final String HINT_PREFIX = "hint:";

    private final Markdown markdown;
    private final SourceLines lines;
    private final String path;
    private final List<Diagnostic> problems;

    QuestionParser(Markdown markdown, SourceLines lines, String path, List<Diagnostic> problems) {
        this.markdown = markdown;
        this.lines = lines;
        this.path = path;
        this.problems = problems;
    }

    static boolean isTaskList(Node block, SourceLines lines) {
        if (!(block instanceof BulletList)) {
            return false;
        }
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (TASK_ITEM.matcher(lines.restOfFirstLine(item)).matches()) {
                return true;
            }
        }
        return false;
    }

    Question parse(int number, List<Node> segment) {
        Node first = segment.get(0);
        SourcePosition position = SourcePosition.of(first, SourcePosition.START);
        Directive directive = Directive.NONE;
        List<Node> blocks = new ArrayList<>();
        blocks.add(startBlock(first));
        for (Node block : segment.subList(1, segment.size())) {
            Optional<Directive> read = block instanceof HtmlBlock html
                    ? Directive.read(html.getLiteral(), directive, SourcePosition.of(block, position), path, problems)
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

        int answerIndex = indexOf(blocks, block -> isTaskList(block, lines));
        Answer answer;
        List<Node> stem;
        List<Node> explanation;
        boolean inText = false; // blanks stand in the question text; other answers are a block of their own
        if (answerIndex >= 0) {
            answer = choice((BulletList) blocks.get(answerIndex), directive.multiple(), position);
        } else if ((answerIndex = lastIndexOf(blocks, Blanks::containsBlank)) >= 0) {
            List<Node> withBlanks = blocks.subList(0, answerIndex + 1);
            List<Answer.Blank> blanks = Blanks.extract(withBlanks, position, path, problems);
            answer = new Answer.FillIn(blanks, blanks.get(0).position());
            inText = true;
            answerIndex++; // the blanks stay in the stem; the explanation starts after them
        } else if ((answerIndex = indexOf(blocks, block -> block instanceof OrderedList || isMatchingList(block))) >= 0) {
            Node list = blocks.get(answerIndex);
            answer = list instanceof OrderedList ? ordering(list, position) : matching(list, position);
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
        for (Node block : explanation) {
            if (isTaskList(block, lines)) {
                problems.add(error(block, position, "question " + number
                        + " has a second options list; start a new question before it"));
            }
        }
        List<Node> hint = takeHint(stem, answerIsBlock);
        if (hint.isEmpty() && inText) {
            hint = takeHintAfterBlanks(explanation);
        }
        String id = directive.id().isEmpty() ? "q" + number : directive.id();
        SourcePosition hintPosition = hint.isEmpty() ? position : SourcePosition.of(hint.get(0), position);
        return new Question(number, id, position, Markup.of(stem), Markup.of(hint), hintPosition, answer,
                Markup.of(explanation), Math.max(1, directive.points()));
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
                        SourcePosition.of(child, position), path, problems);
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

    private Answer.Choice choice(BulletList list, boolean forceMultiple, SourcePosition fallback) {
        List<ChoiceOption> options = new ArrayList<>();
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            ListItem item = (ListItem) node;
            SourcePosition position = SourcePosition.of(item, fallback);
            Matcher marker = TASK_ITEM.matcher(lines.restOfFirstLine(item));
            if (!marker.matches()) {
                problems.add(new Diagnostic(path, position.line(), position.column(), Severity.ERROR,
                        "option has no [x] or [ ] marker; mark correct options with [x] and wrong ones with [ ]"));
                continue;
            }
            List<Node> feedback = new ArrayList<>();
            List<Node> content = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BlockQuote) {
                    for (Node quoted = child.getFirstChild(); quoted != null; quoted = quoted.getNext()) {
                        feedback.add(quoted);
                    }
                } else {
                    content.add(child);
                }
            }
            if (!content.isEmpty() && content.get(0) instanceof Paragraph paragraph) {
                Matcher inParagraph = TASK_MARKER.matcher(leadingText(paragraph));
                if (inParagraph.lookingAt()) {
                    Inlines.dropLeadingText(paragraph, inParagraph.end());
                }
                if (paragraph.getFirstChild() == null) {
                    content.remove(0);
                }
            }
            options.add(new ChoiceOption(Markup.inline(content), !marker.group(1).isBlank(), Markup.of(feedback),
                    position));
        }
        return new Answer.Choice(options, forceMultiple, SourcePosition.of(list, fallback));
    }

    private Answer.Ordering ordering(Node list, SourcePosition fallback) {
        List<Answer.Item> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items.add(new Answer.Item(Markup.inline(children(item)), SourcePosition.of(item, fallback)));
        }
        return new Answer.Ordering(items, SourcePosition.of(list, fallback));
    }

    private boolean isMatchingList(Node block) {
        return block instanceof BulletList && block.getFirstChild() != null
                && ARROW.matcher(lines.text(block.getFirstChild().getFirstChild() == null
                ? block.getFirstChild() : block.getFirstChild().getFirstChild())).find();
    }

    private Answer.Matching matching(Node list, SourcePosition fallback) {
        List<Answer.Pair> pairs = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            SourcePosition position = SourcePosition.of(item, fallback);
            Node text = item.getFirstChild();
            String source = text == null ? "" : lines.text(text);
            String[] sides = ARROW.split(source, 2);
            if (sides.length < 2 || sides[0].isBlank() || sides[1].isBlank()) {
                problems.add(new Diagnostic(path, position.line(), position.column(), Severity.ERROR,
                        "matching item needs the form 'left -> right'"));
                continue;
            }
            // each side is parsed on its own, then placed where it starts in the line
            SourcePosition start = SourcePosition.of(text, position);
            Node left = inline(sides[0], new SourcePosition(start.line(), start.column() + leadingSpace(sides[0])));
            Node right = inline(sides[1], new SourcePosition(start.line(),
                    start.column() + source.length() - sides[1].length() + leadingSpace(sides[1])));
            pairs.add(new Answer.Pair(Markup.inline(List.of(left)), Markup.inline(List.of(right)), position));
        }
        return new Answer.Matching(pairs, SourcePosition.of(list, fallback));
    }

    /** Parses one side of a matching item as inline Markdown, its source spans moved to {@code start}. */
    private Node inline(String source, SourcePosition start) {
        Node document = markdown.parse(source.strip());
        Node side = document.getFirstChild() instanceof Paragraph paragraph ? paragraph : new Paragraph();
        placeAt(side, start);
        return side;
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

    private static int leadingSpace(String text) {
        return text.length() - text.stripLeading().length();
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
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

    private Diagnostic error(Node node, SourcePosition fallback, String message) {
        SourcePosition at = SourcePosition.of(node, fallback);
        return new Diagnostic(path, at.line(), at.column(), Severity.ERROR, message);
    }
}
