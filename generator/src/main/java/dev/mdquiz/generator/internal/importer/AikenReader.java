package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Aiken format (Moodle's qformat_aiken): a question's text, its options {@code A.} or {@code A)}, one a
 * line, then {@code ANSWER: B}; questions are separated by blank lines. Text is plain; each question becomes a
 * single choice. A question's text may run over several lines, as lenient Aiken writers produce.
 */
final class AikenReader {
    private static final Pattern OPTION = Pattern.compile("^([A-Za-z])[.)]\\s+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(\\S*)\\s*$", Pattern.CASE_INSENSITIVE);

    private final Report report;
    private final BankCollector banks;

    AikenReader(Report report) {
        this.report = report;
        this.banks = new BankCollector(report);
    }

    List<ImportedBank> read(String text) {
        String[] lines = text.split("\n", -1);
        Pending pending = null;
        boolean afterBlankLine = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            SourcePosition at = new SourcePosition(i + 1, 1);
            if (line.isEmpty()) {
                afterBlankLine = true;
                continue;
            }
            boolean newParagraph = afterBlankLine;
            afterBlankLine = false;
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (pending == null) {
                pending = new Pending(at);
                pending.text.add(line);
            } else if (answer.matches()) {
                pending.finish(answer.group(1), at);
                pending = null;
            } else if (option.matches() && (!pending.options.isEmpty() || option.group(1).equalsIgnoreCase("A"))) {
                pending.letters.add(option.group(1).toUpperCase(Locale.ROOT));
                pending.options.add(option.group(2).strip());
                pending.optionLines.add(at);
            } else if (pending.options.isEmpty()) {
                pending.text.add(line);
            } else if (newParagraph) {
                // the question above lost its ANSWER line: name it there, and read this line as the next question
                report.error(pending.at, "question has no ANSWER line: after its last option (line "
                        + pending.optionLines.get(pending.optionLines.size() - 1).line() + ") add 'ANSWER: "
                        + pending.letters.get(0) + "' with the right option's letter");
                pending = new Pending(at);
                pending.text.add(line);
            } else {
                report.error(at, "cannot read this line of an Aiken question: after the options comes 'ANSWER: "
                        + pending.letters.get(0) + "' (the right option's letter)");
            }
        }
        if (pending != null) {
            report.error(pending.at, "question has no ANSWER line: end it with 'ANSWER: ' and the right option's letter");
        }
        return banks.banks();
    }

    private final class Pending {
        final SourcePosition at;
        final List<String> text = new ArrayList<>();
        final List<String> letters = new ArrayList<>();
        final List<String> options = new ArrayList<>();
        final List<SourcePosition> optionLines = new ArrayList<>();

        Pending(SourcePosition at) {
            this.at = at;
        }

        void finish(String letter, SourcePosition answerAt) {
            if (options.size() < 2) {
                report.error(at, "question has " + (options.isEmpty() ? "no options" : "one option")
                        + ": write its options as 'A. ...', 'B. ...', one a line");
                return;
            }
            int right = letters.indexOf(letter.toUpperCase(Locale.ROOT));
            if (right < 0) {
                report.error(answerAt, "ANSWER '" + letter + "' names no option: write one of " + String.join(", ", letters));
                return;
            }
            List<ImportedAnswer.Option> choices = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                choices.add(new ImportedAnswer.Option(MarkdownText.ofPlainInline(options.get(i)), i == right, ""));
            }
            banks.question(new ImportedQuestion(at, MarkdownText.ofPlain(String.join("\n", text)), "",
                    new ImportedAnswer.Choice(choices), "", 1, false));
        }
    }
}
