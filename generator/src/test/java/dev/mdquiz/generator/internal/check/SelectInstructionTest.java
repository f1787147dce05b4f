package dev.mdquiz.generator.internal.check;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The key-word check before the patterns finds what the patterns alone find. */
class SelectInstructionTest {
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(?:select|choose|pick|mark|tick|check)\\s+(?:the\\s+|exactly\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL = Pattern.compile(
            "\\b(?:(?:select|choose|pick|mark|tick|check)\\s+(?:all|every|each)\\b[^.?!]*|all\\s+that\\s+apply)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void instructionsInAnyLetterCase() {
        assertEquals(Optional.of(new SelectInstruction(0, true, "SELECT ALL correct answers")),
                SelectInstruction.find("Which? SELECT ALL correct answers."));
        assertEquals(Optional.of(new SelectInstruction(3, false, "cHoOsE 3")), SelectInstruction.find("cHoOsE 3."));
        assertEquals(Optional.of(new SelectInstruction(0, true, "all That Apply")),
                SelectInstruction.find("Which are true (all That Apply)?"));
        assertEquals(Optional.empty(), SelectInstruction.find("Which one is right?"));
    }

    @Property(tries = 3_000)
    void findsWhatThePatternsAloneFind(@ForAll("stems") String stem) {
        assertEquals(byPatterns(stem), SelectInstruction.find(stem), stem);
    }

    @Provide
    Arbitrary<String> stems() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("select", "Select", "SELECT", "cHoose", "pick", "Mark", "tick", "CHECK", "all", "ALL",
                        "every", "each", "that", "apply", "the", "exactly", "two", "Three", "12", "one"),
                Arbitraries.of(" ", "  ", "\t", "\n", ".", "?", "!", ",", "\u212A", "\u0130", "\u00DF", "é"),
                Arbitraries.strings().withChars("aceiklmprstxALCK ").ofMaxLength(6));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    private static Optional<SelectInstruction> byPatterns(String stem) {
        Matcher all = ALL.matcher(stem);
        if (all.find()) {
            return Optional.of(new SelectInstruction(0, true, all.group().strip()));
        }
        Matcher counted = COUNTED.matcher(stem);
        if (counted.find()) {
            String number = counted.group(1).toLowerCase(Locale.ROOT);
            int count = NUMBERS.contains(number) ? NUMBERS.indexOf(number) + 1 : Integer.parseInt(number);
            return Optional.of(new SelectInstruction(count, false, counted.group()));
        }
        return Optional.empty();
    }
}
