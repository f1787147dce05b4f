package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.model.LinkTarget;
import dev.mdquiz.generator.model.Quiz;

/** Where a quiz's page is in the site, and how a link to its bank leads there. */
public final class PageLinks {
    private static final String BANK_EXTENSION = ".md";

    private PageLinks() {
    }

    /** The page's path in the output directory. */
    public static String pagePath(Quiz quiz) {
        return quiz.id() + ".html";
    }

    /**
     * A link to a bank, as its author wrote it ({@code loops.md#q2}), as a link to the bank's page
     * ({@code loops.html#q2}); any other link as it is.
     */
    static String target(String destination) {
        return LinkTarget.local(destination)
                .filter(target -> target.bank() && !target.absolute())
                .map(target -> destination.substring(0, destination.length() - target.suffix().length()
                        - BANK_EXTENSION.length()) + ".html" + target.suffix())
                .orElse(destination);
    }
}
