package dev.mdquiz.generator.internal.kind;

import dev.mdquiz.generator.internal.answers.AnswerRow;
import dev.mdquiz.generator.internal.key.KeyPlan;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.parse.AnswerSource;
import dev.mdquiz.generator.internal.parse.CodeInfo;
import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.internal.render.ThemePart;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.MathNode;
import dev.mdquiz.generator.model.Question;
import org.commonmark.node.Node;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A question without anything to answer: an error at check, so it never reaches the later stages. */
final class NoAnswerKind implements QuestionKind {
    private final Answer.None none;

    NoAnswerKind(Answer.None none) {
        this.none = none;
    }

    @Override
    public void check(Question question, Report report) {
        Checks.requireText(question, report);
        if (question.stem().blocks().stream().anyMatch(block -> CodeInfo.has(block, CodeInfo.BLANKS))) {
            return; // its code block marked blanks without a blank is the error, already reported where it stands
        }
        if (question.stem().blocks().stream().anyMatch(NoAnswerKind::holdsFormulaInBlank)) {
            return; // its blank holds a formula ([[$x$]]): that is the error, reported at the formula
        }
        report.error(question.position(), "question " + question.number()
                + " has no options and no blank: add a task list (- [x] right, - [ ] wrong), a [[blank]],"
                + " a numbered list to order or a list of 'left -> right' pairs" + unclosedBlank(question));
    }

    private static boolean holdsFormulaInBlank(Node node) {
        if (node instanceof MathNode math && AnswerSource.isFormulaInBlank(math)) {
            return true;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (holdsFormulaInBlank(child)) {
                return true;
            }
        }
        return false;
    }

    /** The likelier mistake, when the text opens a blank and never closes it. */
    private static String unclosedBlank(Question question) {
        String text = PlainText.of(question.stem());
        int opened = text.indexOf("[[");
        if (opened < 0 || text.contains("]]")) {
            return "";
        }
        String blank = unclosed(text.substring(opened));
        return "; its '[[' opens a blank that is never closed: end it with ]]"
                + (blank.length() > 2 ? ", as in " + blank + "]]" : "");
    }

    /** The unclosed blank up to the end of its word, without the punctuation after it. */
    private static String unclosed(String fromBrackets) {
        return fromBrackets.replaceFirst("^(\\[\\[[^\\s.,;:!?]*).*", "$1");
    }

    @Override
    public List<String> giveaways() {
        return List.of();
    }

    @Override
    public String publicShape() {
        return none.type().attribute();
    }

    @Override
    public KeyPlan keyPlan(String salt) {
        return new KeyPlan(List.of(), List.of(), List.of());
    }

    @Override
    public boolean openAnswer() {
        return false;
    }

    @Override
    public List<Markup> optionFeedback() {
        return List.of();
    }

    @Override
    public Set<ThemePart> themeParts(Question question) {
        return Set.of(); // never rendered: the check stage stops the build
    }

    @Override
    public void pageModel(Question question, Map<String, Object> model, QuestionKey key, MarkupHtml html,
                          List<String> feedbackHtml) {
    }

    @Override
    public List<AnswerRow> answerRows(PlainText form) {
        return List.of();
    }
}
