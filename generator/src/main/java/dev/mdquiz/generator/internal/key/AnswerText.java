package dev.mdquiz.generator.internal.key;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normal form short answers are compared in: NFKC, lower case, trimmed, inner spaces collapsed. */
public final class AnswerText {
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern LINE_END = Pattern.compile("\r\n?");
    private static final Pattern TRAILING_LINES = Pattern.compile("\n+$");

    private AnswerText() {
    }

    /**
     * The form answers of several lines are compared in: NFC, line ends as {@code \n}, spaces and tabs at the end of
     * each line and blank lines at the end dropped; the rest exact (a program's output is). quiz.js, {@code lines},
     * does the same.
     */
    public static String lines(String answer) {
        String nfc = LINE_END.matcher(Normalizer.normalize(answer, Normalizer.Form.NFC)).replaceAll("\n");
        return TRAILING_LINES.matcher(TRAILING_SPACE.matcher(nfc).replaceAll("")).replaceAll("");
    }

    public static String normalize(String answer) {
        String nfkc = Normalizer.normalize(answer, Normalizer.Form.NFKC);
        return SPACES.matcher(nfkc.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
