package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.model.Quiz;

import java.nio.file.Path;

/**
 * A quiz page's links to the index and its neighbours in course order, all relative to the page so that the
 * site works from {@code file://}, a domain root or a project sub-path.
 *
 * @param previous the quiz before, or null
 * @param next     the quiz after, or null
 */
public record Navigation(Quiz page, Quiz previous, Quiz next) {

    String indexHref() {
        return href(page.pagePath(), "index.html");
    }

    String href(Quiz target) {
        return href(page.pagePath(), target.pagePath());
    }

    /** The link from one output file to another, both given relative to the output folder. */
    static String href(String from, String to) {
        Path folder = Path.of(from).getParent();
        String relative = folder == null ? to : folder.relativize(Path.of(to)).toString();
        return relative.replace('\\', '/');
    }
}
