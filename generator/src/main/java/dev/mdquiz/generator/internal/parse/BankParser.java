package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.QuizSettings;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parse stage: turns one bank into a {@link Quiz}. Syntax problems become diagnostics; questions are kept even
 * when incomplete so the check stage can report everything at once.
 *
 * <p>The rule that decides where questions start: if any top-level paragraph of the bank opens with a bold
 * number ({@code **3.**}), those paragraphs start questions and headings are ordinary text. Otherwise each
 * {@code ##} or {@code ###} heading starts a question. Instances are immutable and thread-safe.
 */
public final class BankParser {
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\d+[-_ .]+(?=\\D)");
    private static final Pattern DASHES = Pattern.compile("[-_]+");
    private static final Pattern QUESTION_NUMBER =
            Pattern.compile("(?:q|question\\s*)?\\d+\\s*[.):]?", Pattern.CASE_INSENSITIVE);

    private final Markdown markdown = new Markdown();

    public Quiz parse(SourceFile source, Report report) {
        Mojibake.check(source.text(), report);
        FrontMatter.Split front = FrontMatter.split(source.text(), report);
        QuizSettings settings = new SettingsReader(front, report).read();
        SourceLines lines = new SourceLines(front.body());
        Node document = markdown.parse(front.body());
        List<LocalLink> links = Links.collect(document, report);

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
                if (boldNumbers && isHeadingStart(block)) {
                    warnHeadingInsideQuestion(block, segments.size(), report);
                }
                segments.get(segments.size() - 1).add(block);
            } else if (heading == null && block instanceof Heading h && h.getLevel() == 1) {
                heading = markdown.title(block);
            } else {
                preamble.add(block);
            }
        }

        QuestionParser questionParser = new QuestionParser(markdown, lines, report);
        List<Question> questions = new ArrayList<>();
        for (List<Node> segment : segments) {
            questions.add(questionParser.parse(questions.size() + 1, segment));
        }
        if (settings.pick() > questions.size() && !questions.isEmpty()) {
            SourcePosition at = front.keyPositions().getOrDefault("pick", SourcePosition.START);
            report.warning(at, "pick is " + settings.pick()
                    + " but the bank has " + questions.size() + " questions; every attempt shows all of them");
        }
        String title = firstNonBlank(string(front.values().get("title")), heading, titleFromFileName(source.id()));
        Quiz quiz = new Quiz(source.id(), title, string(front.values().get("description")), Markup.of(preamble),
                settings, questions, links);
        forgetPositions(document);
        quiz.parts().forEach(part -> part.blocks().forEach(BankParser::forgetPositions)); // matching sides too
        return quiz;
    }

    /**
     * Every position is reported by now but those in raw HTML, which the raw-HTML check reports: the others need
     * not stay in memory as long as the site does.
     */
    private static void forgetPositions(Node node) {
        if (!(node instanceof HtmlInline || node instanceof HtmlBlock)) {
            node.setSourceSpans(List.of());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            forgetPositions(child);
        }
    }

    private static void warnHeadingInsideQuestion(Node heading, int question, Report report) {
        SourcePosition at = SourcePosition.of(heading, SourcePosition.START);
        report.warning(at, "this heading becomes part of question "
                + question + ": the bank starts questions with bold numbers (**1.**), so headings do not start"
                + " questions here; number this question too, or move the heading above the first question");
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
    public static String titleFromFileName(String id) {
        String name = NUMBER_PREFIX.matcher(id.substring(id.lastIndexOf('/') + 1)).replaceFirst("");
        name = DASHES.matcher(name).replaceAll(" ").strip();
        if (name.isEmpty()) {
            return id;
        }
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
