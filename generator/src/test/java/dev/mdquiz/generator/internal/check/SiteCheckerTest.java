package dev.mdquiz.generator.internal.check;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Question texts compare as they did when a regular expression normalised them. */
class SiteCheckerTest {
    @Property(tries = 2_000)
    void normalisedByHandAsByTheRegularExpression(
            @ForAll @StringLength(max = 30) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u2003', '\u00A0', '\u3000',
                    '\u001C', 'a', 'B', 'İ', 'ß', '.'}) String text) {
        assertEquals(text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), SiteChecker.normalized(text));
    }
}
