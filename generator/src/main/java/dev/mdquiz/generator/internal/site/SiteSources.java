package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.SectionInfo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything read and checked from the source directory.
 *
 * @param bankHashes    a hash of each quiz's bank, by quiz id: what decides whether its page is rebuilt; never
 *                      published, since with the page's text it would test a guessed answer cheaply
 * @param sectionInfos  folder descriptions from {@code _section.md}, by folder
 * @param sectionHashes a hash of each {@code _section.md}, by folder: what decides, with the quizzes, whether the
 *                      index is rebuilt
 * @param assets        files to publish as they are, relative to the source directory
 * @param diagnostics   every problem found, in file and line order
 */
public record SiteSources(List<Quiz> quizzes, Map<String, String> bankHashes, Map<String, SectionInfo> sectionInfos,
                          Map<String, String> sectionHashes, Set<String> assets, List<Diagnostic> diagnostics) {

    public int questionCount() {
        return quizzes.stream().mapToInt(quiz -> quiz.questions().size()).sum();
    }
}
