package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.NumericGrid;
import dev.mdquiz.generator.model.Question;

import java.util.List;

/**
 * A fill-in question with an answer of several lines (a program's output): no LMS compares such an answer line by
 * line as the page does, and a short answer would compare it as one string, so every LMS format exports the
 * question as what the LMS has graded by hand (an essay), with the expected answers for the grader and a warning.
 */
public final class HandGraded {
    private HandGraded() {
    }

    /** Whether the question has an answer of several lines, so that an LMS can only grade it by hand. */
    public static boolean needed(Answer.FillIn fillIn) {
        return fillIn.blanks().stream().anyMatch(blank -> blank.accept(new Answer.BlankVisitor<Boolean>() {
            @Override
            public Boolean text(Answer.TextBlank text) {
                return false;
            }

            @Override
            public Boolean lines(Answer.LinesBlank lines) {
                return true;
            }

            @Override
            public Boolean number(Answer.NumericBlank number) {
                return false;
            }
        }));
    }

    /** The most lines any blank's answer has: how tall the LMS's answer box should be. */
    public static int lines(Answer.FillIn fillIn) {
        return fillIn.blanks().stream().mapToInt(blank -> blank.accept(new Answer.BlankVisitor<Integer>() {
            @Override
            public Integer text(Answer.TextBlank text) {
                return 1;
            }

            @Override
            public Integer lines(Answer.LinesBlank lines) {
                return (int) lines.text().lines().count();
            }

            @Override
            public Integer number(Answer.NumericBlank number) {
                return 1;
            }
        })).max().orElse(1) + fillIn.blanks().size() - 1;
    }

    /** What stands for blank {@code number} in the question's text: the learner answers in the box below. */
    public static String placeholder(Answer.FillIn fillIn, int number) {
        return fillIn.blanks().size() == 1 ? "_____" : "(" + number + ") _____";
    }

    /** The expected answers as HTML for the grader: each blank's, an answer of several lines as preformatted text. */
    public static String expectedHtml(Answer.FillIn fillIn) {
        List<Answer.Blank> blanks = fillIn.blanks();
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < blanks.size(); i++) {
            String label = blanks.size() == 1 ? "Expected answer" : "Expected answer (" + (i + 1) + ")";
            html.append(blanks.get(i).accept(new Answer.BlankVisitor<String>() {
                @Override
                public String text(Answer.TextBlank text) {
                    return "<p>" + label + ": " + escape(String.join(" | ", text.variants()))
                            + "</p>";
                }

                @Override
                public String lines(Answer.LinesBlank lines) {
                    return "<p>" + label + ", line by line:</p><pre>" + escape(lines.text())
                            + "</pre>";
                }

                @Override
                public String number(Answer.NumericBlank number) {
                    String value = number.low().compareTo(number.high()) == 0
                            ? NumericGrid.canonical(number.low())
                            : "from " + NumericGrid.canonical(number.low()) + " to "
                            + NumericGrid.canonical(number.high());
                    return "<p>" + label + ": a number " + value + "</p>";
                }
            }));
        }
        return html.toString();
    }

    /** The warning every format gives: the question stays, graded by hand. */
    public static void warn(ExportWarnings warnings, Question question, String how) {
        warnings.warn(question.position(), "question " + question.id() + " will be graded by hand: its answer of"
                + " several lines cannot be compared line by line by an LMS, so it is exported as " + how);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
