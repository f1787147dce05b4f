package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.internal.model.ChoiceOption;
import dev.mdquiz.generator.internal.model.Question;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.model.SourcePosition;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parse stage: turns one bank into a {@link Quiz}. Syntax problems become diagnostics; questions are kept even
 * when incomplete so the check stage can report everything at once.
 *
 * <p>A question starts at a paragraph opening with a bold number ({@code **3.**}). A bank without any such
 * paragraph uses headings instead: each {@code ##} or {@code ###} heading is a question. Instances are immutable
 * and thread-safe.
 */
public final class BankParser {
    private static final Pattern QUESTION_NUMBER =
            Pattern.compile("(?:q|question\\s*)?\\d+\\s*[.):]?", Pattern.CASE_INSENSITIVE);
    /** A task marker at the start of a list item line: the bullet, then [x], [X], [ ] or []. */
    private static final Pattern TASK_ITEM = Pattern.compile("[-*+][ \t]+\\[([ xX]?)\\](?=[ \t]|$)[ \t]*(.*)");
    private static final Pattern TASK_MARKER = Pattern.compile("\\[[ xX]?\\](?=[ \t]|$)");

    private final Markdown markdown = new Markdown();

    public Quiz parse(SourceFile source, List<Diagnostic> problems) {
        FrontMatter.Split split = FrontMatter.split(source.text(), source.displayPath(), problems);
        SourceLines lines = new SourceLines(split.body());
        Node document = markdown.parse(split.body());

        List<Node> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        boolean boldNumbers = blocks.stream().anyMatch(BankParser::isBoldNumberStart);

        List<Node> preamble = new ArrayList<>();
        String heading = null;
        List<List<Node>> segments = new ArrayList<>();
        for (Node block : blocks) {
            boolean start = boldNumbers ? isBoldNumberStart(block) : isHeadingStart(block);
            if (start) {
                segments.add(new ArrayList<>(List.of(block)));
            } else if (!segments.isEmpty()) {
                segments.get(segments.size() - 1).add(block);
            } else if (heading == null && block instanceof Heading h && h.getLevel() == 1) {
                heading = markdown.text(List.of(block));
            } else {
                preamble.add(block);
            }
        }

        List<Question> questions = new ArrayList<>();
        for (List<Node> segment : segments) {
            questions.add(parseQuestion(questions.size() + 1, segment, lines, source.displayPath(), problems));
        }
        Map<String, Object> front = split.values();
        String title = firstNonBlank(string(front.get("title")), heading, titleFromFileName(source.id()));
        return new Quiz(source.id(), title, string(front.get("description")), markdown.html(preamble), questions);
    }

    private Question parseQuestion(int number, List<Node> segment, SourceLines lines, String path,
                                   List<Diagnostic> problems) {
        Node first = segment.get(0);
        SourcePosition position = SourceLines.positionOf(first, SourcePosition.START);
        List<Node> stem = new ArrayList<>();
        if (first instanceof Heading) {
            Paragraph text = new Paragraph();
            moveChildren(first, text);
            stem.add(text);
        } else {
            first.getFirstChild().unlink(); // the bold number
            Inlines.dropLeadingWhitespace(first);
            if (first.getFirstChild() != null) {
                stem.add(first);
            }
        }

        BulletList optionsList = null;
        List<Node> explanation = new ArrayList<>();
        for (Node block : segment.subList(1, segment.size())) {
            if (optionsList == null && isTaskList(block, lines)) {
                optionsList = (BulletList) block;
            } else if (optionsList == null) {
                stem.add(block);
            } else {
                if (isTaskList(block, lines)) {
                    problems.add(error(path, block, position,
                            "question " + number + " has a second options list; start a new question before it"));
                }
                explanation.add(block);
            }
        }
        while (!explanation.isEmpty() && explanation.get(explanation.size() - 1) instanceof ThematicBreak) {
            explanation.remove(explanation.size() - 1);
        }

        List<ChoiceOption> options = optionsList == null
                ? List.of()
                : parseOptions(optionsList, lines, path, position, problems);
        SourcePosition optionsPosition = optionsList == null ? position : SourceLines.positionOf(optionsList, position);
        return new Question(number, position, markdown.html(stem), markdown.text(stem), options, optionsPosition,
                markdown.html(explanation));
    }

    private List<ChoiceOption> parseOptions(BulletList list, SourceLines lines, String path, SourcePosition fallback,
                                            List<Diagnostic> problems) {
        List<ChoiceOption> options = new ArrayList<>();
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            ListItem item = (ListItem) node;
            SourcePosition position = SourceLines.positionOf(item, fallback);
            Matcher marker = TASK_ITEM.matcher(lines.restOfFirstLine(item));
            if (!marker.matches()) {
                problems.add(new Diagnostic(path, position.line(), position.column(), Severity.ERROR,
                        "option has no [x] or [ ] marker; mark correct options with [x] and wrong ones with [ ]"));
                continue;
            }
            boolean correct = !marker.group(1).isBlank();
            List<Node> feedback = new ArrayList<>();
            String html = "";
            String text = "";
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child == item.getFirstChild() && child instanceof Paragraph paragraph) {
                    Matcher inParagraph = TASK_MARKER.matcher(leadingText(paragraph));
                    if (inParagraph.lookingAt()) {
                        Inlines.dropLeadingText(paragraph, inParagraph.end());
                    }
                    html = markdown.inlineHtml(paragraph);
                    text = markdown.text(List.of(paragraph));
                } else if (child instanceof BlockQuote) {
                    feedback.add(child);
                } else {
                    html = html + markdown.html(List.of(child)); // code blocks and other content under the option
                    text = (text + " " + markdown.text(List.of(child))).strip();
                }
            }
            options.add(new ChoiceOption(html, text, correct, markdown.html(quoteContent(feedback)), position));
        }
        return options;
    }

    private static List<Node> quoteContent(List<Node> quotes) {
        List<Node> content = new ArrayList<>();
        for (Node quote : quotes) {
            for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                content.add(child);
            }
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

    private static boolean isTaskList(Node block, SourceLines lines) {
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

    static boolean isBoldNumberStart(Node block) {
        if (!(block instanceof Paragraph) || !(block.getFirstChild() instanceof StrongEmphasis strong)) {
            return false;
        }
        return strong.getFirstChild() instanceof Text text
                && strong.getFirstChild() == strong.getLastChild()
                && QUESTION_NUMBER.matcher(text.getLiteral().strip()).matches();
    }

    private static boolean isHeadingStart(Node block) {
        return block instanceof Heading heading && (heading.getLevel() == 2 || heading.getLevel() == 3);
    }

    private static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }

    private static Diagnostic error(String path, Node node, SourcePosition fallback, String message) {
        SourcePosition at = SourceLines.positionOf(node, fallback);
        return new Diagnostic(path, at.line(), at.column(), Severity.ERROR, message);
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    /** "week-1/01_intro_to-git" becomes "Intro to git". */
    static String titleFromFileName(String id) {
        String name = id.substring(id.lastIndexOf('/') + 1)
                .replaceFirst("^\\d+[-_ .]+(?=\\D)", "")
                .replaceAll("[-_]+", " ")
                .strip();
        if (name.isEmpty()) {
            return id;
        }
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
