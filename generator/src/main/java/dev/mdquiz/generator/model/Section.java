package dev.mdquiz.generator.model;

import java.util.List;

/**
 * A folder of the source directory, shown as one group on the course index.
 *
 * @param path    the folder under the source directory, forward slashes; empty for the top level
 * @param title   from the folder's {@code _section.md}, else made from the folder name; empty for the top level
 * @param intro   the body of {@code _section.md}
 * @param quizzes in course order
 */
public record Section(String path, String title, Markup intro, List<Quiz> quizzes) {
    public Section {
        quizzes = List.copyOf(quizzes);
    }
}
