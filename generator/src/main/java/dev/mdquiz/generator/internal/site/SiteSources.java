package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.model.SectionInfo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything read and checked from the source directory.
 *
 * @param versions     each quiz's content version (a hash of its bank), by quiz id
 * @param sectionInfos folder descriptions from {@code _section.md}, by folder
 * @param assets       files to publish as they are, relative to the source directory
 * @param diagnostics  every problem found, in file and line order
 */
public record SiteSources(List<Quiz> quizzes, Map<String, String> versions, Map<String, SectionInfo> sectionInfos,
                          Set<String> assets, List<Diagnostic> diagnostics) {

    public int questionCount() {
        return quizzes.stream().mapToInt(quiz -> quiz.questions().size()).sum();
    }
}
