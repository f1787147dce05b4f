package dev.mdquiz.generator.internal.export.gift;

import java.util.regex.Pattern;

/**
 * Text in GIFT (https://docs.moodle.org/en/GIFT_format): the characters that mean something there,
 * {@code ~ = # { } :} and the backslash, escaped with a backslash, and each line break written {@code \n}, since a
 * blank line ends a question.
 */
final class GiftText {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\~=#{}:])");

    private GiftText() {
    }

    static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1").replace("\r\n", "\n").replace("\n", "\\n");
    }
}
