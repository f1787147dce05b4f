package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.internal.math.Formulas;
import dev.mdquiz.generator.internal.math.TemmlEngine;
import dev.mdquiz.generator.internal.parse.AnswerSource;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.MathNode;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders every formula of a part, so that invalid TeX is an error at its line and column, with Temml's message,
 * before anything is written; the render stage then finds each formula done.
 */
public final class MathCheck {
    private MathCheck() {
    }

    public static void check(List<Markup> parts, Formulas formulas, Report report) {
        for (Markup part : parts) {
            for (MathNode math : formulas(part)) {
                if (AnswerSource.isFormulaInBlank(math)) {
                    report.error(math.position(), "a formula cannot stand in a blank: the learner types the answer as"
                            + " plain text, so write it as typed, as in [[x]] (and \\$ for a dollar sign, as in [[\\$5]])");
                    continue;
                }
                TemmlEngine.Result result = formulas.render(math);
                if (result.failed()) {
                    SourcePosition at = result.errorOffset() >= 0 ? math.at(result.errorOffset()) : math.position();
                    report.error(at, "invalid TeX in " + (math.display() ? "$$...$$" : "$...$") + ": "
                            + result.error() + " (Temml " + TemmlEngine.VERSION.substring("temml-".length())
                            + "; write \\$ for a dollar sign that is not math)");
                }
            }
        }
    }

    /** The part's formulas, in the order they stand. */
    public static List<MathNode> formulas(Markup part) {
        List<MathNode> found = new ArrayList<>();
        part.blocks().forEach(block -> collect(block, found));
        return found;
    }

    private static void collect(Node node, List<MathNode> found) {
        if (node instanceof MathNode math) {
            found.add(math);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, found);
        }
    }
}
