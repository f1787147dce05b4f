package dev.mdquiz.generator.internal.importer;

import java.util.Optional;

/**
 * A Moodle short answer as the text a learner types: Moodle reads {@code *} as "any characters" and {@code \*} as a
 * star. A blank accepts exact variants only, so an answer with a wildcard has no equivalent.
 */
final class ShortAnswerText {
    private ShortAnswerText() {
    }

    /** The answer with {@code \*} as a star; empty when it holds a wildcard. */
    static Optional<String> literal(String answer) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (c == '\\' && i + 1 < answer.length() && answer.charAt(i + 1) == '*') {
                out.append('*');
                i++;
            } else if (c == '*') {
                return Optional.empty();
            } else {
                out.append(c);
            }
        }
        return Optional.of(out.toString());
    }

    static String wildcardDropped(String answer) {
        return "accepted answer \"" + answer + "\" dropped: Moodle reads its * as any characters, and a blank accepts"
                + " exact answers only; write the answers it stood for";
    }
}
