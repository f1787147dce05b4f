package dev.mdquiz.generator.internal.importer;

import java.util.List;
import java.util.Map;

/**
 * One bank to write, as a reader made it from another format: the category it came from (path segments as the
 * source named them, empty for none; its last name is the bank's title), an intro in Markdown (a description
 * that stood before the first question; empty for none), its questions, and the files its texts link to (images
 * the source embedded), by their path relative to the bank.
 */
public record ImportedBank(List<String> category, String intro, List<ImportedQuestion> questions,
                           Map<String, byte[]> files) {
    public ImportedBank {
        category = List.copyOf(category);
        questions = List.copyOf(questions);
        files = Map.copyOf(files);
    }
}
