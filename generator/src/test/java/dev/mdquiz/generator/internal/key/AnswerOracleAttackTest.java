package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.parse.BankParser;
import dev.mdquiz.generator.internal.render.Navigation;
import dev.mdquiz.generator.internal.render.PageRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attacker with the developer tools open, and mdquiz's own code (Kerckhoffs): from the published files of a
 * default build (no secret), a dictionary and a number-line search against fill-in, numeric, ordering, choice,
 * matching and locked questions, and code questions: blanks in code, an answer of several lines, and a Parsons problem
 * whose order and indentation are both the answer. For every guess the attacker builds the page that guess would give and counts the published
 * tokens (every attribute value, key entry, lock, version, exponent, id and word of the page) it reproduces.
 *
 * <p>Without derivations (a key function that ignores its input, so the attacker pays nothing) every guess must
 * reproduce exactly as many tokens as every other: any difference is a cheaper answer test than the stretched
 * derivation. With real derivations, counted, the same search must find each answer: the attack works, and costs
 * at least one derivation per guess.
 */
class AnswerOracleAttackTest {
    private static final String TEMPLATE = """
            ---
            title: Attack target
            reveal: on-correct
            ---
            **1.** The capital of France is [[{capital}]].

            It has been the capital for centuries.

            **2.** Six times seven is [[={answer}]].

            **3.** A round thousand: [[={thousand}]].

            **4.** Euler's number to three places: [[={euler}]].

            **5.** Absolute zero in degrees Celsius: [[={zero}]].

            **6.** Pi, roughly: [[={pi}]].

            **7.** Put the letters in alphabetical order.

            {order}

            The alphabet decides.

            **8.** Which is the largest planet?

            {planets}

            By mass and by size.

            **9.** Which of these are prime?

            {primes}

            **10.** Match each country to its capital.

            {capitals}

            **11.** Order and indent the lines so that the absolute value is printed.
            <!-- quiz: indent -->

            ```python order
            {parsons}
            ```

            **12.** Complete the loop.

            ```python blanks
            for i in range([[={loop}]]):
                [[{call}]](i)
            ```

            **13.** What does it print?

            ```text blanks
            [[
            {output}
            ]]
            ```
            """;
    private static final List<String> LINES = List.of("if x < 0:", "x = -x", "print(x)");
    private static final List<String> LETTERS = List.of("Alpha", "Beta", "Gamma", "Delta");
    private static final List<String> PLANETS = List.of("Mars", "Jupiter", "Venus");
    private static final List<String> NUMBERS = List.of("4", "7", "9", "11");
    private static final List<String> COUNTRIES = List.of("Japan", "Kenya", "Peru");
    private static final List<String> CAPITALS = List.of("Tokyo", "Nairobi", "Lima");
    private static final Map<String, String> TRUTH = Map.ofEntries(
            Map.entry("capital", "Paris"), Map.entry("answer", "42"), Map.entry("thousand", "1000"),
            Map.entry("euler", "2.718"), Map.entry("zero", "-273.15"), Map.entry("pi", "3.1..3.2"),
            Map.entry("order", numbered(LETTERS)),
            Map.entry("planets", options(PLANETS, Set.of("Jupiter"))),
            Map.entry("primes", options(NUMBERS, Set.of("7", "11"))),
            Map.entry("capitals", pairs(CAPITALS)),
            Map.entry("parsons", indented(LINES, List.of(0, 1, 0))), Map.entry("loop", "10"), Map.entry("call", "print"),
            Map.entry("output", "1\n4\n9"));
    private static final int ITERATIONS = 10; // any count takes the stretched path; a low one keeps the test fast
    private static final Pattern TOKEN = Pattern.compile("[^\\s\"'<>=]+");

    @TempDir
    static Path directory;
    static Set<String> published;
    static String siteId;

    @BeforeAll
    static void buildTheSite() throws Exception {
        Path source = Files.createDirectories(directory.resolve("src"));
        Files.writeString(source.resolve("target.md"), bank(Map.of()));
        Path output = directory.resolve("site");
        new QuizGenerator(GeneratorConfig.builder(source, output).siteTitle("Course").keyIterations(ITERATIONS)
                .cacheDirectory(directory.resolve("cache")).answerKeyDirectory(directory.resolve("keys")).build())
                .generate();
        String page = Files.readString(output.resolve("target.html"));
        published = tokens(page + Files.readString(output.resolve("index.html")));
        Matcher site = Pattern.compile("data-site=\"([^\"]+)\"").matcher(page);
        assertTrue(site.find());
        siteId = site.group(1);
    }

    @Test
    void noGuessIsTestedCheaperThanADerivation() throws Exception {
        KeyFunction skipped = (salt, text, iterations) -> new byte[32];
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, List<String>> target : guesses().entrySet()) {
            assertTrue(target.getValue().contains(TRUTH.get(target.getKey())), target.getKey() + ": the truth is a guess");
            Map<String, Integer> scores = scores(target.getKey(), target.getValue(), skipped);
            if (scores.values().stream().distinct().count() > 1) {
                leaks.add(target.getKey() + ": the true answer reproduces " + scores.get(TRUTH.get(target.getKey()))
                        + " published tokens, other guesses " + new HashSet<>(scores.values()) + ": "
                        + giveaway(target.getKey(), target.getValue(), skipped));
            }
        }
        assertEquals(List.of(), leaks, "answers that fall without the stretched derivation");
    }

    @Test
    void withDerivationsTheSameSearchFindsEveryAnswerAtOneDerivationPerGuessOrMore() throws Exception {
        AtomicLong derivations = new AtomicLong();
        KeyFunction counted = (salt, text, iterations) -> {
            derivations.incrementAndGet();
            return KeyFunction.STANDARD.derive(salt, text, iterations);
        };
        for (Map.Entry<String, List<String>> target : guesses().entrySet()) {
            List<String> sample = sample(target.getKey(), target.getValue());
            long before = derivations.get();
            Map<String, Integer> scores = scores(target.getKey(), sample, counted);
            String best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertEquals(TRUTH.get(target.getKey()), best, target.getKey() + " found with derivations");
            assertTrue(scores.values().stream().filter(s -> s.equals(scores.get(best))).count() == 1,
                    target.getKey() + ": only the true answer scores best");
            assertTrue(derivations.get() - before >= sample.size(), target.getKey() + ": every guess costs a derivation");
        }
    }

    /** A few guesses around the true one: the derivation-paying search is slow by design. */
    private static List<String> sample(String target, List<String> guesses) {
        int truth = guesses.indexOf(TRUTH.get(target));
        return guesses.subList(Math.max(0, truth - 4), Math.min(guesses.size(), truth + 5));
    }

    /** Published tokens each guess reproduces, the other questions at their true answers. */
    private static Map<String, Integer> scores(String target, List<String> guesses, KeyFunction function)
            throws Exception {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String guess : guesses) {
            Set<String> reproduced = tokens(candidatePage(bank(Map.of(target, guess)), function));
            reproduced.retainAll(published);
            scores.put(guess, reproduced.size());
        }
        return scores;
    }

    /** The tokens only the true answer reproduces, to name what gave it away. */
    private static Set<String> giveaway(String target, List<String> guesses, KeyFunction function) throws Exception {
        Set<String> right = tokens(candidatePage(bank(Map.of(target, TRUTH.get(target))), function));
        right.retainAll(published);
        String wrong = guesses.stream().filter(g -> !g.equals(TRUTH.get(target))).findFirst().orElseThrow();
        right.removeAll(tokens(candidatePage(bank(Map.of(target, wrong)), function)));
        return right;
    }

    /** The page mdquiz publishes for {@code bank}, built as the generator builds it. */
    private static String candidatePage(String bank, KeyFunction function) throws Exception {
        Quiz quiz = new BankParser().parse(new SourceFile("target", "target.md", bank), new Report("target.md"));
        List<QuestionKey> keys = new AnswerKeys(new KeyOptions("", ITERATIONS, 0, null), function).keysFor(quiz);
        PageRenderer renderer = new PageRenderer("Course", "en", siteId, null);
        return renderer.renderQuiz(quiz, keys, new Navigation(quiz, null, null)).htmlText();
    }

    private static Map<String, List<String>> guesses() {
        Map<String, List<String>> guesses = new LinkedHashMap<>();
        guesses.put("capital", dictionary());
        guesses.put("answer", numberLine("42", 150));
        guesses.put("thousand", numberLine("1000", 150));
        guesses.put("euler", numberLine("2.718", 150));
        guesses.put("zero", numberLine("-273.15", 150));
        guesses.put("pi", IntStream.rangeClosed(-100, 100).mapToObj(k -> {
            BigDecimal low = new BigDecimal("3.1").add(BigDecimal.valueOf(k, 2));
            return plain(low) + ".." + plain(low.add(new BigDecimal("0.1")));
        }).toList());
        guesses.put("order", permutations(LETTERS).stream().map(AnswerOracleAttackTest::numbered).toList());
        guesses.put("planets", PLANETS.stream().map(p -> options(PLANETS, Set.of(p))).toList());
        List<String> primes = new ArrayList<>();
        for (int a = 0; a < NUMBERS.size(); a++) {
            for (int b = a + 1; b < NUMBERS.size(); b++) {
                primes.add(options(NUMBERS, Set.of(NUMBERS.get(a), NUMBERS.get(b))));
            }
        }
        guesses.put("primes", primes);
        guesses.put("capitals", permutations(CAPITALS).stream().map(AnswerOracleAttackTest::pairs).toList());
        // every order with every indentation of levels 0 and 1 (all lines at 1 is all at 0 again: the block's least
        // indentation is level 0)
        List<String> parsons = new ArrayList<>();
        for (List<String> order : permutations(LINES)) {
            for (int mask = 0; mask < 7; mask++) {
                int bits = mask;
                parsons.add(indented(order, IntStream.range(0, 3).mapToObj(i -> (bits >> i) & 1).toList()));
            }
        }
        guesses.put("parsons", parsons);
        guesses.put("loop", numberLine("10", 150));
        List<String> calls = new ArrayList<>(List.of("len", "str", "input", "repr", "sum", "max", "min", "abs"));
        calls.addAll(dictionary());
        calls.add(6, "print");
        guesses.put("call", calls);
        List<String> outputs = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            for (int b = 0; b < 10; b++) {
                outputs.add("1\n" + a + "\n" + b);
            }
        }
        guesses.put("output", outputs);
        return guesses;
    }

    /** Capitals, cities and common words, the true answer among them. */
    private static List<String> dictionary() {
        List<String> words = new ArrayList<>(List.of("London", "Berlin", "Madrid", "Rome", "Lyon", "Paris",
                "Marseille", "Brussels", "Vienna", "Lisbon", "Oslo", "Nice", "Bordeaux", "Toulouse"));
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b += 5) {
                words.add("" + a + b + "ris");
            }
        }
        return words;
    }

    /** The numbers around {@code truth} at its own last digit, as an author would have written them. */
    private static List<String> numberLine(String truth, int reach) {
        BigDecimal value = new BigDecimal(truth);
        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
        return IntStream.rangeClosed(-reach, reach)
                .mapToObj(k -> value.add(step.multiply(BigDecimal.valueOf(k))).toPlainString()).toList();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String bank(Map<String, String> replaced) {
        String text = TEMPLATE;
        for (String name : TRUTH.keySet()) {
            text = text.replace("{" + name + "}", replaced.getOrDefault(name, TRUTH.get(name)));
        }
        return text;
    }

    private static String numbered(List<String> items) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            list.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        return list.toString().strip();
    }

    /** Lines of code, each indented four spaces per level, as the bank's code block holds them. */
    private static String indented(List<String> lines, List<Integer> levels) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            code.append("    ".repeat(levels.get(i))).append(lines.get(i)).append('\n');
        }
        return code.toString().stripTrailing();
    }

    private static String options(List<String> options, Set<String> right) {
        StringBuilder list = new StringBuilder();
        options.forEach(o -> list.append("- [").append(right.contains(o) ? "x" : " ").append("] ").append(o).append('\n'));
        return list.toString().strip();
    }

    private static String pairs(List<String> rights) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            list.append("- ").append(COUNTRIES.get(i)).append(" -> ").append(rights.get(i)).append('\n');
        }
        return list.toString().strip();
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new ArrayList<>(items);
            String first = rest.remove(i);
            for (List<String> tail : permutations(rest)) {
                List<String> permutation = new ArrayList<>(List.of(first));
                permutation.addAll(tail);
                out.add(permutation);
            }
        }
        return out;
    }

    private static Set<String> tokens(String html) {
        Set<String> tokens = new HashSet<>();
        Matcher token = TOKEN.matcher(html);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
    }
}
