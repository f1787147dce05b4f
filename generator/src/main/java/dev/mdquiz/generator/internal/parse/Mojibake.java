package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.Severity;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots text that was UTF-8, got decoded as Windows-1252 and saved again ("â€™" for "’", "Ã©" for "é"):
 * a lead character followed by characters that Windows-1252 gives to UTF-8 continuation bytes, which turn back
 * into valid UTF-8 when re-encoded.
 */
final class Mojibake {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String CONTINUATION = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021"
            + "\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC"
            + "\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]";
    private static final Pattern SUSPECT = Pattern.compile("(?:[\\u00C2-\\u00F4]" + CONTINUATION + "{1,3})+");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private Mojibake() {
    }

    static void check(String text, Report report) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher suspect = SUSPECT.matcher(lines[i]);
            while (suspect.find()) {
                String repaired = repair(suspect.group());
                if (repaired != null) {
                    Matcher word = WORD.matcher(lines[i]);
                    String mangled = suspect.group();
                    while (word.find()) {
                        if (word.start() <= suspect.start() && word.end() >= suspect.end()) {
                            mangled = word.group();
                            break;
                        }
                    }
                    report.add(i + 1, suspect.start() + 1, Severity.WARNING,
                            "'" + mangled + "' looks like UTF-8 text decoded as Windows-1252; did you mean '"
                                    + repairAll(mangled) + "'? Fix the file's encoding");
                    break; // one report per line is enough to point at the problem
                }
            }
        }
    }

    private static String repairAll(String text) {
        Matcher suspect = SUSPECT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (suspect.find()) {
            String repaired = repair(suspect.group());
            suspect.appendReplacement(out, Matcher.quoteReplacement(repaired != null ? repaired : suspect.group()));
        }
        suspect.appendTail(out);
        return out.toString();
    }

    /** The text the suspect run was before it was mangled, or null when it is not mangled UTF-8. */
    private static String repair(String run) {
        try {
            ByteBuffer bytes = WINDOWS_1252.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(run));
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
