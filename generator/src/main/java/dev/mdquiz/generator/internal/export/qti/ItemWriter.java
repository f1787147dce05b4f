package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.internal.export.ExportHtml;
import dev.mdquiz.generator.internal.export.HandGraded;
import dev.mdquiz.generator.internal.export.ExportWarnings;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.QuestionType;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One question as a QTI 1.2 {@code <item>} the way Canvas reads it: its type in {@code itemmetadata} (Canvas's
 * {@code question_type}), the text and responses in {@code presentation}, the score in {@code resprocessing}
 * (SCORE 0 to 100), the explanation and option feedback as {@code itemfeedback}. Canvas reads answer ids as
 * numbers, so they are {@code 1000 × question number + position}; the right-hand sides of a matching question
 * follow from 500 on. A question the format cannot hold is left out, with a warning.
 */
final class ItemWriter implements Answer.Visitor<Boolean> {
    private static final int MATCH_IDS = 500;
    private static final String GENERAL_FEEDBACK = "general_fb";

    private final ItemXml xml;
    private final PackageHtml html;
    private final ExportWarnings warnings;
    private final Question question;
    private final Element parent;
    private final String ident;

    ItemWriter(XmlTree tree, PackageHtml html, ExportWarnings warnings, Question question, Element parent,
               String ident) {
        this.xml = new ItemXml(tree);
        this.html = html;
        this.warnings = warnings;
        this.question = question;
        this.parent = parent;
        this.ident = ident;
    }

    /** Writes the question into its section; false when the format cannot hold it (a warning says why). */
    boolean write() {
        if (!question.hint().isEmpty()) {
            warnings.warn(question.hintPosition(), "question " + question.id() + ": hint dropped:"
                    + " Canvas, Blackboard and D2L do not show QTI 1.2 hints; put it in the question text to keep it");
        }
        return question.answer().accept(this);
    }

    @Override
    public Boolean choice(Answer.Choice choice) {
        boolean multiple = choice.type() == QuestionType.MULTIPLE_CHOICE;
        List<ChoiceOption> options = choice.options();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            ids.add(answerId(i));
        }
        start(multiple ? "multiple_answers_question" : "multiple_choice_question", ids);
        Element choices = xml.add(xml.add(xml.presentation(stem(number -> "___")), "response_lid",
                "ident", "response1", "rcardinality", multiple ? "Multiple" : "Single"), "render_choice");
        for (int i = 0; i < options.size(); i++) {
            xml.material(xml.add(choices, "response_label", "ident", ids.get(i)), html.html(options.get(i).text(),
                    question));
        }
        Element processing = resprocessing();
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).feedback().isEmpty()) {
                Element shown = xml.respcondition(processing, "Yes");
                xml.text(xml.add(shown, "conditionvar"), "varequal", ids.get(i), "respident", "response1");
                xml.displayFeedback(shown, ids.get(i) + "_fb");
            }
        }
        Element correct = xml.respcondition(processing, "No");
        Element condition = xml.add(correct, "conditionvar");
        if (multiple) {
            Element all = xml.add(condition, "and");
            for (int i = 0; i < options.size(); i++) {
                Element test = options.get(i).correct() ? all : xml.add(all, "not");
                xml.text(test, "varequal", ids.get(i), "respident", "response1");
            }
        } else {
            int right = options.indexOf(options.stream().filter(ChoiceOption::correct).findFirst().orElseThrow());
            xml.text(condition, "varequal", ids.get(right), "respident", "response1");
        }
        xml.setScore(correct, "Set", "100");
        explanation();
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).feedback().isEmpty()) {
                xml.feedback(ids.get(i) + "_fb", html.html(options.get(i).feedback(), question));
            }
        }
        return true;
    }

    @Override
    public Boolean fillIn(Answer.FillIn fillIn) {
        List<Answer.Blank> blanks = fillIn.blanks();
        if (HandGraded.needed(fillIn)) {
            return essay(fillIn);
        }
        if (blanks.size() > 1) {
            return multipleBlanks(blanks);
        }
        blanks.get(0).accept(new Answer.BlankVisitor<Void>() {
            @Override
            public Void text(Answer.TextBlank text) {
                shortAnswer(text);
                return null;
            }

            @Override
            public Void lines(Answer.LinesBlank lines) {
                throw new IllegalStateException("an answer of several lines is exported as an essay");
            }

            @Override
            public Void number(Answer.NumericBlank number) {
                numerical(number);
                return null;
            }
        });
        explanation();
        return true;
    }

    private void numerical(Answer.NumericBlank number) {
        start("numerical_question", List.of());
        xml.add(xml.add(xml.add(xml.presentation(stem(n -> "___")), "response_str",
                "ident", "response1", "rcardinality", "Single"), "render_fib", "fibtype", "Decimal"),
                "response_label", "ident", "answer1");
        Element correct = xml.respcondition(resprocessing(), "No");
        Element condition = xml.add(correct, "conditionvar");
        if (number.low().compareTo(number.high()) == 0) {
            // Canvas's own form of an exact answer: equal, or within a margin of 0
            Element either = xml.add(condition, "or");
            xml.text(either, "varequal", decimal(number.low()), "respident", "response1");
            bounds(xml.add(either, "and"), number);
        } else {
            bounds(condition, number);
        }
        xml.setScore(correct, "Set", "100");
    }

    private void shortAnswer(Answer.TextBlank text) {
        start("short_answer_question", List.of());
        xml.add(xml.add(xml.add(xml.presentation(stem(n -> "___")), "response_str",
                "ident", "response1", "rcardinality", "Single"), "render_fib"),
                "response_label", "ident", "answer1", "rshuffle", "No");
        Element correct = xml.respcondition(resprocessing(), "No");
        Element condition = xml.add(correct, "conditionvar");
        // Canvas's own form: each accepted variant a varequal of the condition
        text.variants().forEach(variant -> xml.text(condition, "varequal", variant, "respident", "response1"));
        xml.setScore(correct, "Set", "100");
    }

    /**
     * An answer of several lines: Canvas's essay_question, graded by hand. QTI 1.2 has no notes for graders, so the
     * expected answer follows the explanation in the general feedback, which learners see after answering.
     */
    private boolean essay(Answer.FillIn fillIn) {
        HandGraded.warn(warnings, question, "an essay question, with the expected answer in its general feedback"
                + " (shown after answering)");
        start("essay_question", List.of());
        xml.add(xml.add(xml.add(xml.presentation(stem(n -> HandGraded.placeholder(fillIn, n))), "response_str",
                "ident", "response1", "rcardinality", "Single"), "render_fib"),
                "response_label", "ident", "answer1", "rshuffle", "No");
        Element processing = xml.resprocessing();
        Element always = xml.respcondition(processing, "No");
        xml.add(xml.add(always, "conditionvar"), "other");
        xml.displayFeedback(always, GENERAL_FEEDBACK);
        String explanation = question.explanation().isEmpty() ? "" : html.html(question.explanation(), question);
        xml.feedback(GENERAL_FEEDBACK, explanation + HandGraded.expectedHtml(fillIn));
        return true;
    }

    /** Canvas's fill_in_multiple_blanks_question: [b1] in the text, one response_lid per blank, variants as labels. */
    private boolean multipleBlanks(List<Answer.Blank> blanks) {
        for (int i = 0; i < blanks.size(); i++) {
            if (blanks.get(i) instanceof Answer.NumericBlank number && number.low().compareTo(number.high()) != 0) {
                warnings.warn(number.position(), "question " + question.id() + " left out: blank " + (i + 1)
                        + " accepts a range of numbers, and a fill-in-multiple-blanks question compares each blank"
                        + " as text; give the number a question of its own to export it");
                return false;
            }
        }
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (int i = 0; i < blanks.size(); i++) {
            String blankId = "b" + (i + 1);
            int blankNumber = i + 1;
            variants.put(blankId, blanks.get(i).accept(new Answer.BlankVisitor<>() {
                @Override
                public List<String> text(Answer.TextBlank text) {
                    return text.variants();
                }

                @Override
                public List<String> lines(Answer.LinesBlank lines) {
                    throw new IllegalStateException("an answer of several lines is exported as an essay");
                }

                @Override
                public List<String> number(Answer.NumericBlank number) {
                    warnings.warn(number.position(), "question " + question.id() + ": blank " + blankNumber
                            + " compared as text: " + decimal(number.low()) + " is accepted, other ways of writing"
                            + " the same number are not");
                    return List.of(decimal(number.low()));
                }
            }));
        }
        List<String> ids = new ArrayList<>();
        variants.values().forEach(list -> list.forEach(variant -> ids.add(answerId(ids.size()))));
        start("fill_in_multiple_blanks_question", ids);
        Element presentation = xml.presentation(stem(number -> "[b" + number + "]"));
        Element processing = resprocessing();
        String share = share(variants.size());
        int next = 0;
        for (Map.Entry<String, List<String>> blank : variants.entrySet()) {
            Element response = xml.add(presentation, "response_lid", "ident", "response_" + blank.getKey());
            xml.text(xml.add(response, "material"), "mattext", blank.getKey());
            Element choices = xml.add(response, "render_choice");
            String first = ids.get(next);
            for (String variant : blank.getValue()) {
                Element label = xml.add(choices, "response_label", "ident", ids.get(next++));
                xml.text(xml.add(label, "material"), "mattext", variant, "texttype", "text/plain");
            }
            Element right = xml.respcondition(processing, null);
            xml.text(xml.add(right, "conditionvar"), "varequal", first, "respident", "response_" + blank.getKey());
            xml.setScore(right, "Add", share);
        }
        explanation();
        return true;
    }

    @Override
    public Boolean ordering(Answer.Ordering ordering) {
        warnings.warn(ordering.position(), "question " + question.id() + ": ordering exported as matching: QTI 1.2 as"
                + " Canvas imports it has no ordering question, so each position (1, 2, ...) is matched to its item");
        if (ordering.isCode() && ordering.code().gradeIndent()) {
            warnings.warn(ordering.position(), "question " + question.id() + ": only the order of the lines will be"
                    + " graded: a matching question cannot let the learner set their indentation, so each line"
                    + " shows its own");
        }
        List<Answer.Pair> pairs = ordering.items().stream()
                .map(item -> new Answer.Pair(Markup.EMPTY, item.text(), item.position())).toList();
        // a line of code loses only its highlighting as plain text, and keeps its indentation in no-break spaces
        List<String> texts = ordering.isCode() ? ordering.items().stream().map(ExportHtml::indentedText).toList()
                : pairs.stream().map(pair -> PlainText.of(pair.right())).toList();
        return matching(pairs, texts, true, !ordering.isCode());
    }

    @Override
    public Boolean matching(Answer.Matching matching) {
        List<Answer.Pair> pairs = matching.pairs();
        return matching(pairs, pairs.stream().map(pair -> PlainText.of(pair.right())).toList(), false, true);
    }

    /**
     * Canvas's matching_question: each left-hand side (or, for ordering, each position's number) picks from every
     * right-hand side ({@code rights}, as plain text), offered in alphabetical order so that their order says
     * nothing of the answer; {@code warnFormatting}: whether a right-hand side that loses its formatting is reported.
     */
    private boolean matching(List<Answer.Pair> pairs, List<String> rights, boolean numbered,
                             boolean warnFormatting) {
        for (Answer.Pair pair : pairs) {
            if (warnFormatting && !plain(pair.right())) {
                warnings.warn(pair.position(), "question " + question.id() + ": '"
                        + PlainText.of(pair.right()) + "' shown as plain text: Canvas's matching answers hold no"
                        + " formatting or images");
            }
        }
        List<String> texts = rights.stream().distinct()
                .sorted(Comparator.comparing((String text) -> text.toLowerCase(Locale.ROOT))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<String, String> matchIds = new LinkedHashMap<>(); // a right-hand side's text -> its id
        texts.forEach(text -> matchIds.put(text,
                Integer.toString(question.number() * 1000 + MATCH_IDS + matchIds.size() + 1)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            ids.add(answerId(i));
        }
        start("matching_question", ids);
        Element presentation = xml.presentation(stem(number -> "___"));
        Element processing = resprocessing();
        String share = share(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            Answer.Pair pair = pairs.get(i);
            Element response = xml.add(presentation, "response_lid", "ident", "response_" + ids.get(i));
            xml.material(response, numbered ? Integer.toString(i + 1) : html.html(pair.left(), question));
            Element choices = xml.add(response, "render_choice");
            matchIds.forEach((text, id) -> xml.text(xml.add(xml.add(choices, "response_label", "ident", id),
                    "material"), "mattext", text));
            Element right = xml.respcondition(processing, null);
            xml.text(xml.add(right, "conditionvar"), "varequal", matchIds.get(rights.get(i)),
                    "respident", "response_" + ids.get(i));
            xml.setScore(right, "Add", share);
        }
        explanation();
        return true;
    }

    @Override
    public Boolean none(Answer.None none) {
        start("text_only_question", List.of());
        xml.presentation(stem(number -> "___"));
        return true;
    }

    private void start(String type, List<String> answerIds) {
        xml.start(parent, ident, ExportHtml.name(question), type, question.points(), answerIds);
    }

    private String stem(IntFunction<String> blankText) {
        return "<div>" + html.html(question.stem(), question, blankText) + "</div>";
    }

    /** The response processing; with an explanation, a condition that always shows it. */
    private Element resprocessing() {
        Element processing = xml.resprocessing();
        if (!question.explanation().isEmpty()) {
            Element always = xml.respcondition(processing, "Yes");
            xml.add(xml.add(always, "conditionvar"), "other");
            xml.displayFeedback(always, GENERAL_FEEDBACK);
        }
        return processing;
    }

    /** The explanation, shown after any answer: Canvas's general feedback. */
    private void explanation() {
        if (!question.explanation().isEmpty()) {
            xml.feedback(GENERAL_FEEDBACK, html.html(question.explanation(), question));
        }
    }

    private void bounds(Element parent, Answer.NumericBlank number) {
        xml.text(parent, "vargte", decimal(number.low()), "respident", "response1");
        xml.text(parent, "varlte", decimal(number.high()), "respident", "response1");
    }

    private String answerId(int index) {
        return Integer.toString(question.number() * 1000 + index + 1);
    }

    /** 100 split evenly over the parts, as Canvas writes it: two decimals. */
    private static String share(int parts) {
        return BigDecimal.valueOf(100).divide(BigDecimal.valueOf(parts), 2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String decimal(BigDecimal number) {
        return number.toPlainString();
    }

    /** Whether a side is one paragraph of text alone, which plain text shows whole. */
    private static boolean plain(Markup side) {
        List<Node> blocks = side.blocks();
        if (blocks.size() != 1 || !(blocks.get(0) instanceof Paragraph paragraph)) {
            return false;
        }
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Text)) {
                return false;
            }
        }
        return true;
    }
}
