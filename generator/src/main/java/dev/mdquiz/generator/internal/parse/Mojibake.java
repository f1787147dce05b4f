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
    private static final String MANGLED = "[\\u00C2-\\u00F4]" + CONTINUATION + "{1,3}";
    /** One or more mangled characters; starting with a character class, not a group, keeps the search cheap. */
    private static final Pattern SUSPECT = Pattern.compile(MANGLED + "(?:" + MANGLED + ")*");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private Mojibake() {
    }

    /**
     * One matcher over the whole text, not one per line: most banks hold no suspect run at all. A run never spans a
     * line, since a line break is neither a lead nor a continuation character.
     */
    static void check(String text, Report report) {
        Matcher suspect = SUSPECT.matcher(text);
        int line = 1;
        int lineStart = 0;
        int counted = 0; // line breaks before here are counted
        int from = 0;
        while (from < text.length() && suspect.find(from)) {
            for (; counted < suspect.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                    lineStart = counted + 1;
                }
            }
            int lineEnd = text.indexOf('\n', suspect.start());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            from = suspect.end();
            if (repair(suspect.group()) != null) {
                String mangled = word(text, suspect.start(), suspect.end(), lineStart, lineEnd);
                report.add(line, suspect.start() - lineStart + 1, Severity.WARNING,
                        "'" + mangled + "' looks like UTF-8 text decoded as Windows-1252; did you mean '"
                                + repairAll(mangled) + "'? Fix the file's encoding");
                from = lineEnd + 1; // one report per line is enough to point at the problem
            }
        }
    }

    /** The word of its line that holds the run from {@code start} to {@code end}, or the run itself. */
    private static String word(String text, int start, int end, int lineStart, int lineEnd) {
        Matcher word = WORD.matcher(text).region(lineStart, lineEnd);
        while (word.find()) {
            if (word.start() <= start && word.end() >= end) {
                return word.group();
            }
        }
        return text.substring(start, end);
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
