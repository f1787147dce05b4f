package dev.mdquiz.generator.internal.export.gift;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text in GIFT (https://docs.moodle.org/en/GIFT_format): the characters that mean something there,
 * {@code ~ = # { } :} and the backslash, escaped with a backslash, and each line break written {@code \n}, since a
 * blank line ends a question. The export writes it and the import reads it, so both use the one set of characters.
 */
public final class GiftText {
    private static final Pattern SPECIAL = Pattern.compile("[\\\\~=#{}:]");
    /** An escaped special character, or {@code \n}. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(" + SPECIAL.pattern() + "|n)");

    private GiftText() {
    }

    public static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$0").replace("\r\n", "\n").replace("\n", "\\n");
    }

    /** GIFT text as it reads: escaped characters and {@code \n} undone; a backslash before another character stays. */
    public static String unescape(String gift) {
        return ESCAPE.matcher(gift).replaceAll(match -> match.group(1).equals("n") ? "\n"
                : Matcher.quoteReplacement(match.group(1)));
    }
}
