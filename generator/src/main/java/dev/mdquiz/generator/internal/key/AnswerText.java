package dev.mdquiz.generator.internal.key;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normal form short answers are compared in: NFKC, lower case, trimmed, inner spaces collapsed. */
public final class AnswerText {
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private AnswerText() {
    }

    public static String normalize(String answer) {
        String nfkc = Normalizer.normalize(answer, Normalizer.Form.NFKC);
        return SPACES.matcher(nfkc.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
