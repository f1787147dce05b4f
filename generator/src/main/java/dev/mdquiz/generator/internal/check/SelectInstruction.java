package dev.mdquiz.generator.internal.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An instruction in the question text about how many options to pick: "Select two.", "Choose 3",
 * "Select all that apply", "Mark every correct answer".
 *
 * @param count  the number asked for, or 0 when {@code all}
 * @param all    "all that apply" and the like
 * @param phrase the words as written
 */
public record SelectInstruction(int count, boolean all, String phrase) {
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(?:select|choose|pick|mark|tick|check)\\s+(?:the\\s+|exactly\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL = Pattern.compile(
            "\\b(?:(?:select|choose|pick|mark|tick|check)\\s+(?:all|every|each)\\b[^.?!]*|all\\s+that\\s+apply)",
            Pattern.CASE_INSENSITIVE);
    /** Every instruction holds one of these words; searching for them is much cheaper than the patterns. */
    private static final List<String> KEY_WORDS = List.of("select", "choose", "pick", "mark", "tick", "check", "all");

    public static Optional<SelectInstruction> find(String stem) {
        if (!namesAKeyWord(stem)) {
            return Optional.empty();
        }
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

    /** Whether the text holds a key word in any letter case, as the patterns, which ignore ASCII case, need. */
    private static boolean namesAKeyWord(String stem) {
        String lower = stem.toLowerCase(Locale.ROOT);
        for (String word : KEY_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
