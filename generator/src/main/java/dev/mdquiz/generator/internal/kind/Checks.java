package dev.mdquiz.generator.internal.kind;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
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
    static void requireText(Question question, String path, List<Diagnostic> problems) {
        if (PlainText.of(question.stem()).isBlank()) {
            problems.add(error(path, question.position(), "question " + question.number() + " has no question text"));
        }
    }

    static void distinct(List<String> texts, List<SourcePosition> positions, String what, String path,
                         List<Diagnostic> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String key = texts.get(i).strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && !seen.add(key)) {
                problems.add(warning(path, positions.get(i), "duplicate " + what + " '" + texts.get(i).strip() + "'"));
            }
        }
    }

    static Diagnostic error(String path, SourcePosition at, String message) {
        return new Diagnostic(path, at.line(), at.column(), Severity.ERROR, message);
    }

    static Diagnostic warning(String path, SourcePosition at, String message) {
        return new Diagnostic(path, at.line(), at.column(), Severity.WARNING, message);
    }
}
