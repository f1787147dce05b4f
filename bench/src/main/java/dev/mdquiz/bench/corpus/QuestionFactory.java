package dev.mdquiz.bench.corpus;

import dev.mdquiz.bench.corpus.SyntheticQuestion.Choice;
import dev.mdquiz.bench.corpus.SyntheticQuestion.FillIn;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Matching;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Option;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Ordering;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Draws questions in a course-like mix. Out of 100 questions, about: 35 single choice, 20 multiple select,
 * 15 text fill-in, 10 numeric, 12 ordering, 8 matching; a quarter carry a code block, 15 % an image, 10 % a
 * hint, half an explanation, and a third of the choice questions give feedback on some options.
 */
public final class QuestionFactory {
    /** Diagrams per unit folder; image references pick one of them. */
    public static final int DIAGRAMS = 5;

    private final Random random;
    private final Words words;

    public QuestionFactory(Random random) {
        this.random = random;
        this.words = new Words(random);
    }

    public String title() {
        return words.sentence(4);
    }

    public SyntheticQuestion any() {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return choice(prompt(), 1, explanation());
        }
        if (roll < 55) {
            return choice(prompt(), 2, explanation());
        }
        if (roll < 70) {
            Prompt prompt = prompt();
            String lead = words.sentence(6);
            String blank = textBlank();
            return new FillIn(withoutGiveaway(prompt, List.of(blank.split("\\|"))), lead, blank, explanation());
        }
        if (roll < 80) {
            return new FillIn(prompt(), words.sentence(5), numericBlank(), explanation());
        }
        if (roll < 92) {
            return new Ordering(prompt(), words.distinctPhrases(4, 3), explanation());
        }
        List<String> sides = words.distinctPhrases(6, 2);
        return new Matching(prompt(), sides.subList(0, 3), sides.subList(3, 6), explanation());
    }

    /**
     * A question both mdquiz and quizdown can express, for the page comparison: single choice, multiple select
     * or ordering, with code, hints and option feedback, but no images (mdquiz does not copy assets yet) and no
     * explanations (quizdown has none).
     */
    public SyntheticQuestion portable(int index) {
        Prompt prompt = new Prompt(words.sentence(10) + "?", index % 3 == 1 ? code() : null, null,
                index % 4 == 2 ? words.sentence(7) + "." : null);
        return switch (index % 5) {
            case 0, 2 -> choice(prompt, 1, null);
            case 1, 3 -> choice(prompt, 2, null);
            default -> new Ordering(prompt, words.distinctPhrases(4, 3), null);
        };
    }

    private Choice choice(Prompt prompt, int correct, String explanation) {
        Prompt stem = correct > 1 ? withText(prompt, prompt.text() + " Select two.") : prompt;
        boolean feedback = random.nextInt(3) == 0;
        List<Option> options = new ArrayList<>();
        List<String> texts = words.distinctPhrases(4, 3 + random.nextInt(4));
        int first = random.nextInt(4);
        for (int i = 0; i < texts.size(); i++) {
            boolean right = i == first || (correct > 1 && i == (first + 2) % 4);
            String note = feedback && (i % 2 == 0) ? words.sentence(8) + "." : null;
            options.add(new Option(texts.get(i), right, note));
        }
        List<String> right = options.stream().filter(Option::correct).map(Option::text).toList();
        return new Choice(withoutGiveaway(stem, right), options, explanation);
    }

    /** The generator warns about a hint that contains the answer; a synthetic bank must build without warnings. */
    private static Prompt withoutGiveaway(Prompt prompt, List<String> answers) {
        if (prompt.hint() == null) {
            return prompt;
        }
        String hint = prompt.hint().toLowerCase(Locale.ROOT);
        boolean givesAway = answers.stream().anyMatch(answer -> Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(answer.toLowerCase(Locale.ROOT))
                        + "(?![\\p{L}\\p{N}])").matcher(hint).find());
        return givesAway ? new Prompt(prompt.text(), prompt.code(), prompt.image(), null) : prompt;
    }

    private static Prompt withText(Prompt prompt, String text) {
        return new Prompt(text, prompt.code(), prompt.image(), prompt.hint());
    }

    private Prompt prompt() {
        String text = words.sentence(9 + random.nextInt(10)) + "?";
        String code = random.nextInt(4) == 0 ? code() : null;
        String image = random.nextInt(100) < 15 ? "img/diagram-" + random.nextInt(DIAGRAMS) + ".png" : null;
        String hint = random.nextInt(10) == 0 ? words.sentence(7) + "." : null;
        return new Prompt(text, code, image, hint);
    }

    private String code() {
        String name = words.identifier();
        String argument = words.word();
        return "int " + name + "(int " + argument + ") {\n"
                + "    int total = 0;\n"
                + "    for (int i = 0; i < " + argument + "; i++) {\n"
                + "        total += i * " + (2 + random.nextInt(7)) + ";\n"
                + "    }\n"
                + "    return total;\n"
                + "}";
    }

    private String explanation() {
        return random.nextBoolean() ? words.sentence(12 + random.nextInt(12)) + "." : null;
    }

    private String textBlank() {
        String answer = words.word();
        return random.nextBoolean() ? answer : answer + "|the " + answer;
    }

    private String numericBlank() {
        return switch (random.nextInt(3)) {
            case 0 -> "=" + random.nextInt(1000);
            case 1 -> "=" + random.nextInt(10) + "." + (10 + random.nextInt(90)) + "±0.005";
            default -> {
                int low = random.nextInt(50);
                yield "=" + low + ".." + (low + 5 + random.nextInt(20));
            }
        };
    }
}
