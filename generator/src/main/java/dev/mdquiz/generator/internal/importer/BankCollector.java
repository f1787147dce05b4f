package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.SourcePosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers a reader's questions into banks, one per category in the order categories first appear (a category
 * named twice gathers into one bank). A description before a category's first question is its bank's intro; one
 * anywhere else has no place in this project's format and is reported.
 */
final class BankCollector {
    private final Map<List<String>, Builder> banks = new LinkedHashMap<>();
    private final Report report;
    /** Every bank's files, so that names stay unique across banks that may share a folder. */
    private final Map<String, byte[]> allFiles = new LinkedHashMap<>();
    private List<String> category = List.of();

    private static final class Builder {
        final List<ImportedQuestion> questions = new ArrayList<>();
        String intro = "";
        final Map<String, byte[]> files = new LinkedHashMap<>();
    }

    BankCollector(Report report) {
        this.report = report;
    }

    void category(List<String> path) {
        category = List.copyOf(path);
    }

    /**
     * A file the current bank's texts link to, by the path it asks for relative to the bank; returns the path it
     * gets: a different file of the same name, in this bank or another (banks may share a folder), gets a numbered
     * name ({@code a-2.png}).
     */
    String file(String path, byte[] content) {
        String candidate = path;
        int dot = path.lastIndexOf('.') > path.lastIndexOf('/') ? path.lastIndexOf('.') : path.length();
        for (int n = 2; allFiles.containsKey(candidate) && !Arrays.equals(allFiles.get(candidate), content); n++) {
            candidate = path.substring(0, dot) + "-" + n + path.substring(dot);
        }
        allFiles.put(candidate, content);
        bank().files.put(candidate, content);
        return candidate;
    }

    void question(ImportedQuestion question) {
        if (ImportedAnswer.FillIn.PLACEHOLDER.matcher(question.stem()).replaceAll("").isBlank()) {
            report.warning(question.at(), "question without text not carried over: a question needs text to ask");
            return;
        }
        bank().questions.add(question);
    }

    void description(SourcePosition at, String markdown) {
        Builder bank = bank();
        if (bank.questions.isEmpty() && bank.intro.isEmpty()) {
            bank.intro = markdown;
        } else {
            report.warning(at, "description not carried over: text between questions has no place in a bank (only"
                    + " text before the first question, its intro); add it to a question's text or explanation");
        }
    }

    private Builder bank() {
        return banks.computeIfAbsent(category, key -> new Builder());
    }

    /** The banks with at least one question or an intro. */
    List<ImportedBank> banks() {
        List<ImportedBank> result = new ArrayList<>();
        banks.forEach((path, bank) -> {
            if (!bank.questions.isEmpty()) {
                result.add(new ImportedBank(path, bank.intro, bank.questions, bank.files));
            }
        });
        return result;
    }
}
