package dev.mdquiz.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed bank.
 *
 * @param id          the bank's path under the source directory without {@code .md}, with forward slashes
 * @param title       from front matter, else the first level-1 heading, else the file name
 * @param description from front matter; empty when absent
 * @param intro       content before the first question, shown above the questions
 * @param links       the Markdown links and images pointing at course files, to check and publish
 */
public record Quiz(String id, String title, String description, Markup intro, QuizSettings settings,
                   List<Question> questions, List<LocalLink> links) {
    public Quiz {
        questions = List.copyOf(questions);
        links = List.copyOf(links);
    }

    /** Every part of the quiz, in the order its page shows them (options before their feedback). */
    public List<Markup> parts() {
        List<Markup> parts = new ArrayList<>();
        parts.add(intro);
        for (Question question : questions) {
            parts.addAll(question.parts());
        }
        return parts;
    }
}
