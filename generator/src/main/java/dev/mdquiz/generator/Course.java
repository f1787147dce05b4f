package dev.mdquiz.generator;

import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.Section;
import dev.mdquiz.generator.model.SectionInfo;

import java.util.List;

/**
 * A course as read and checked ({@link QuizGenerator#read()}): its sections in course order, each with its
 * quizzes, and every problem found. This is the model every output is made from: questions, options, hints and
 * explanations as Markdown structure, no HTML and no output path.
 *
 * @param top         the top-level {@code _section.md}: the course's own title and intro, when there is one
 * @param sections    in course order; a quiz at the top of the source folder is in the section with an empty path
 * @param diagnostics every problem, in file and line order
 */
public record Course(SectionInfo top, List<Section> sections, List<Diagnostic> diagnostics) {
    public Course {
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Every quiz, in course order: the order of the index and of the pages' previous and next links. */
    public List<Quiz> quizzes() {
        return sections.stream().flatMap(section -> section.quizzes().stream()).toList();
    }

    /** Whether an error makes the course unfit to publish. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
