package dev.mdquiz.generator.internal.export.moodle;

import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.NumericGrid;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Blanks and answers in Moodle's own notations: a blank of a several-blank question as an embedded answer
 * ({@code {1:SHORTANSWER:=Oslo~=Christiania}}, {@code {1:NUMERICAL:=3.14:0.005}}, see
 * https://docs.moodle.org/en/Embedded_Answers_(Cloze)_question_type), a short answer with its wildcard escaped.
 */
public final class MoodleCloze {
    /** Characters that end or split an embedded answer unless escaped with a backslash. */
    private static final Pattern CLOZE_SPECIAL = Pattern.compile("([\\\\}#~/\"])");
    private static final Pattern ESCAPED = Pattern.compile("\\\\" + CLOZE_SPECIAL.pattern());

    private MoodleCloze() {
    }

    /** The blank as an embedded answer of weight 1, HTML-escaped: it stands in the question's HTML. */
    static String code(BlankNode node) {
        String code = "{1:" + node.blank().accept(new Answer.BlankVisitor<String>() {
            @Override
            public String text(Answer.TextBlank text) {
                StringBuilder answers = new StringBuilder("SHORTANSWER:");
                for (int i = 0; i < text.variants().size(); i++) {
                    answers.append(i == 0 ? "=" : "~=").append(CLOZE_SPECIAL.matcher(text.variants().get(i))
                            .replaceAll("\\\\$1"));
                }
                return answers.toString();
            }

            @Override
            public String lines(Answer.LinesBlank lines) {
                // the question is exported as an essay (HandGraded): a cloze has no answer of several lines
                throw new IllegalStateException("an answer of several lines in an Embedded answers question");
            }

            @Override
            public String number(Answer.NumericBlank numeric) {
                return "NUMERICAL:=" + MoodleCloze.number(middle(numeric)) + ':'
                        + MoodleCloze.number(halfWidth(numeric));
            }
        }) + '}';
        // HTML text: a quote needs no entity there, and Moodle's own escape \" must stay as it is
        return code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An embedded answer's text as it reads, its escaped characters undone (the import reads them so). */
    public static String unescape(String answer) {
        return ESCAPED.matcher(answer).replaceAll("$1");
    }

    /** A short answer as Moodle's pattern, where {@code *} is a wildcard and {@code \*} a star. */
    public static String shortAnswerPattern(String variant) {
        return variant.replace("*", "\\*");
    }

    /** The middle of a numeric blank's interval: its number when exact. */
    static BigDecimal middle(Answer.NumericBlank blank) {
        return blank.low().add(blank.high()).divide(BigDecimal.valueOf(2));
    }

    /** Half the interval's width: Moodle's tolerance, 0 for an exact number. */
    static BigDecimal halfWidth(Answer.NumericBlank blank) {
        return blank.high().subtract(blank.low()).divide(BigDecimal.valueOf(2));
    }

    /** Plain decimal digits, as the page writes numbers. */
    static String number(BigDecimal number) {
        return NumericGrid.canonical(number);
    }
}
