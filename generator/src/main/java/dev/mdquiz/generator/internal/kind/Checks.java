package dev.mdquiz.generator.internal.kind;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.SourcePosition;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks that several kinds make. */
final class Checks {
    private Checks() {
    }

    /** Every kind but fill-in, whose blanks may be all its text, needs a question text. */
    static void requireText(Question question, Report report) {
        if (PlainText.of(question.stem()).isBlank()) {
            report.error(question.position(), "question " + question.number() + " has no question text");
        }
    }

    static void distinct(List<String> texts, List<SourcePosition> positions, String what, Report report) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String key = texts.get(i).strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && !seen.add(key)) {
                report.warning(positions.get(i), "duplicate " + what + " '" + texts.get(i).strip() + "'");
            }
        }
    }
}
