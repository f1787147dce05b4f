package dev.mdquiz.generator.internal.export.gift;

import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportHtml;
import dev.mdquiz.generator.internal.export.HandGraded;
import dev.mdquiz.generator.internal.export.moodle.MoodleCloze;
import dev.mdquiz.generator.internal.export.moodle.MoodleFractions;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.NumericGrid;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.QuestionType;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One question in GIFT: {@code ::name::[html]text{answers ####explanation}}, or empty when GIFT cannot hold it
 * (reported). Each kind maps as docs/export.md tells.
 */
final class GiftQuestion implements Answer.Visitor<Optional<String>> {
    /** Where the answers go in a question's text; the private-use character cannot come from a bank's HTML. */
    private static final String ANSWERS = "\uE000";

    private final ExportBank bank;
    private final Question question;
    private final ExportHtml html;

    GiftQuestion(ExportBank bank, Question question, ExportHtml html) {
        this.bank = bank;
        this.question = question;
        this.html = html;
    }

    @Override
    public Optional<String> choice(Answer.Choice choice) {
        boolean single = choice.type() == QuestionType.SINGLE_CHOICE;
        int correct = (int) choice.correctCount();
        int wrong = choice.options().size() - correct;
        if (!single && (!MoodleFractions.listed(correct) || wrong > 0 && !MoodleFractions.listed(wrong))) {
            bank.warnings().warn(question.position(), "question " + question.id() + " left out: " + correct
                    + " correct and " + wrong + " wrong options need grades (100/" + correct + " and -100/" + wrong
                    + " %) that are not in Moodle's list, which its GIFT import refuses");
            return Optional.empty();
        }
        StringBuilder answers = new StringBuilder();
        for (ChoiceOption option : choice.options()) {
            answers.append('\n');
            if (single) {
                answers.append(option.correct() ? '=' : '~');
            } else {
                answers.append('~').append('%').append(option.correct() ? MoodleFractions.share(correct)
                        : "-" + MoodleFractions.share(wrong)).append('%');
            }
            answers.append(text(option.text())).append(feedback(option.feedback()));
        }
        return Optional.of(question(text(question.stem()) + "{" + answers + generalFeedback() + "\n}"));
    }

    @Override
    public Optional<String> fillIn(Answer.FillIn fillIn) {
        if (HandGraded.needed(fillIn)) {
            return Optional.of(essay(fillIn));
        }
        if (fillIn.blanks().size() > 1) {
            bank.warnings().warn(question.position(), "fill-in question " + question.id() + " with "
                    + fillIn.blanks().size() + " blanks left out: a GIFT question holds one set of answers"
                    + " (the moodle format keeps it, as an Embedded answers question)");
            return Optional.empty();
        }
        String answers = answers(fillIn.blanks().get(0)) + generalFeedback();
        String text = html.html(question.stem(), question, blank -> ANSWERS);
        return Optional.of(question(GiftText.escape(text).replace(ANSWERS, "{" + answers + "}")));
    }

    private String answers(Answer.Blank blank) {
        return blank.accept(new Answer.BlankVisitor<>() {
            @Override
            public String text(Answer.TextBlank text) {
                StringBuilder answers = new StringBuilder();
                // Moodle's short answers read * as "anything": \* is a star (escaped again, as every backslash)
                text.variants().forEach(variant -> answers.append('=')
                        .append(GiftText.escape(MoodleCloze.shortAnswerPattern(variant))).append(' '));
                return answers.toString().strip();
            }

            @Override
            public String lines(Answer.LinesBlank lines) {
                throw new IllegalStateException("an answer of several lines is exported as an essay");
            }

            @Override
            public String number(Answer.NumericBlank numeric) {
                return numberAnswer(numeric);
            }
        });
    }

    private static String numberAnswer(Answer.NumericBlank numeric) {
        BigDecimal low = numeric.low();
        BigDecimal high = numeric.high();
        if (low.compareTo(high) == 0) {
            return "#" + NumericGrid.canonical(low);
        }
        BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2));
        // 3.14±0.005 was written as a number and its tolerance: the middle has fewer decimals than the bounds
        if (middle.stripTrailingZeros().scale() < Math.max(low.stripTrailingZeros().scale(),
                high.stripTrailingZeros().scale())) {
            return "#" + NumericGrid.canonical(middle) + ":" + NumericGrid.canonical(high.subtract(middle));
        }
        return "#" + NumericGrid.canonical(low) + ".." + NumericGrid.canonical(high);
    }

    /**
     * An answer of several lines: a GIFT essay ({@code {}}), graded by hand. GIFT has no information for graders,
     * so the expected answer follows the explanation in the general feedback, which learners see after answering.
     */
    private String essay(Answer.FillIn fillIn) {
        HandGraded.warn(bank.warnings(), question, "an essay question, with the expected answer in its general"
                + " feedback (shown after answering; the moodle format keeps it for graders only)");
        String text = html.html(question.stem(), question, blank -> HandGraded.placeholder(fillIn, blank.number()));
        String feedback = (question.explanation().isEmpty() ? ""
                : html.html(question.explanation(), question, this::noBlank)) + HandGraded.expectedHtml(fillIn);
        return question(GiftText.escape(text) + "{\n####" + GiftText.escape(feedback) + "\n}");
    }

    @Override
    public Optional<String> ordering(Answer.Ordering ordering) {
        bank.warnings().warn(question.position(), "ordering question " + question.id()
                + " left out: GIFT has no ordering questions");
        return Optional.empty();
    }

    @Override
    public Optional<String> matching(Answer.Matching matching) {
        StringBuilder answers = new StringBuilder();
        for (Answer.Pair pair : matching.pairs()) {
            String right = html.plainRightSide(pair, question);
            answers.append("\n=").append(text(pair.left())).append(" -> ").append(GiftText.escape(right));
        }
        return Optional.of(question(text(question.stem()) + "{" + answers + generalFeedback() + "\n}"));
    }

    @Override
    public Optional<String> none(Answer.None none) {
        if (!question.explanation().isEmpty()) {
            bank.warnings().warn(question.position(), "question " + question.id() + ": its explanation left out:"
                    + " a GIFT description has no feedback");
        }
        return Optional.of(question(text(question.stem())));
    }

    /** The name, the format and the text; a hint or a weight GIFT cannot hold is reported. */
    private String question(String body) {
        if (!question.hint().isEmpty()) {
            bank.warnings().warn(question.hintPosition(), "question " + question.id() + ": its hint left out:"
                    + " GIFT has no hints (the moodle format keeps them)");
        }
        if (question.points() != 1 && !(question.answer() instanceof Answer.None)) {
            bank.warnings().warn(question.position(), "question " + question.id() + ": points=" + question.points()
                    + " left out: GIFT has no question weights (the moodle format keeps them)");
        }
        return "::" + GiftText.escape(ExportHtml.name(question)) + "::[html]" + body;
    }

    private String feedback(Markup feedback) {
        return feedback.isEmpty() ? "" : " #" + text(feedback);
    }

    private String generalFeedback() {
        return question.explanation().isEmpty() ? "" : "\n####" + text(question.explanation());
    }

    /** A part as escaped GIFT text of its HTML. */
    private String text(Markup markup) {
        return GiftText.escape(html.html(markup, question, this::noBlank));
    }

    private String noBlank(BlankNode blank) {
        throw new IllegalStateException("a blank outside a fill-in question's text");
    }
}
