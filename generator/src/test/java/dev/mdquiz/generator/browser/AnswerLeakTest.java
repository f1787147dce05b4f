package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Banks whose answers are random tokens, generated and then searched for everywhere in the published folder:
 * every file's content and every file and folder name. No accepted short answer, number, correct order or
 * pairing, no locked explanation or feedback and no author's note in an HTML comment may be found. The teachers'
 * answer key, outside the folder, must hold the answers, or the search would prove nothing.
 */
class AnswerLeakTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    static Path directory;
    static Site site;
    static final List<String> secrets = new ArrayList<>();
    static final List<String> items = new ArrayList<>();
    static final List<String> numbers = new ArrayList<>();
    static String left;
    static String right;

    @BeforeAll
    static void generate() throws Exception {
        String short1 = token(), short2 = token(), variant = token(), explanation = token(), feedback = token();
        String note = token();
        secrets.addAll(List.of(short1, short2, variant, explanation, feedback, note));
        for (int i = 0; i < 5; i++) {
            items.add(token());
        }
        left = token();
        right = token();
        long exact = 100_000_000L + RANDOM.nextInt(800_000_000);
        int whole = 1000 + RANDOM.nextInt(8000);
        numbers.addAll(List.of(Long.toString(exact), whole + ".21", whole + ".16", whole + ".26"));
        for (int point = 16; point <= 26; point++) {
            numbers.add(whole + "" + point); // the grid points, as multiples of 0.01
        }
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            order.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        site = new Site(directory)
                .bank("open/answers.md", "---\nreveal: on-correct\n---\n"
                        + "**1.** Say the words: [[" + short1 + "]] and [[" + short2 + "|" + variant + "]]\n\n"
                        + "Because " + explanation + ".\n\n"
                        + "**2.** A number: [[=" + exact + "]] and another: [[=" + whole + ".21±0.05]]\n\n"
                        + "**3.** Pick one. <!-- " + note + " -->\n\n- [x] yes\n  > " + feedback + "\n- [ ] no\n")
                .bank("closed/" + token() + ".md", "**1.** Order them.\n\n" + order
                        + "\n**2.** Match them.\n\n- " + left + " -> " + right + "\n- other -> thing\n");
        site.generate(settings -> settings.keyIterations(1000));
    }

    private static String token() {
        return "tok" + HexFormat.of().formatHex(RANDOM.generateSeed(8));
    }

    @Test
    void noAnswerIsAnywhereInThePublishedFolder() throws IOException {
        for (Path file : filesUnder(site.output)) {
            String name = site.output.relativize(file).toString();
            String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase();
            for (String secret : secrets) {
                assertFalse(name.contains(secret) || text.contains(secret), secret + " in " + name);
            }
            for (String number : numbers) {
                Pattern alone = Pattern.compile("(?<![0-9a-zA-Z.])" + Pattern.quote(number) + "(?![0-9a-zA-Z])");
                assertFalse(alone.matcher(name).find() || alone.matcher(text).find(), number + " in " + name);
            }
            String joined = String.join("", items);
            for (String separator : List.of("", ",", ", ", "|", " ", "\n", " → ", " -> ")) {
                assertFalse(text.contains(String.join(separator, items)), "the correct order in " + name);
            }
            assertFalse(text.contains(joined), "the correct order in " + name);
            assertFalse(Pattern.compile(left + "\\s*(->|→|,|\\|)\\s*" + right).matcher(text).find(), "a pair in " + name);
        }
    }

    @Test
    void theTeachersKeyHoldsEveryAnswer() throws IOException {
        Path keys = site.output.resolveSibling("quiz-answer-keys");
        StringBuilder all = new StringBuilder();
        for (Path file : filesUnder(keys)) {
            all.append(Files.readString(file));
        }
        for (String secret : List.of(secrets.get(0), secrets.get(1), secrets.get(2), left, right)) {
            assertTrue(all.toString().contains(secret), secret);
        }
        for (String number : numbers.subList(0, 4).stream().filter(n -> !n.endsWith(".21")).toList()) {
            assertTrue(all.toString().contains(number), number); // the exact number, and the range's ends
        }
        Matcher order = Pattern.compile(String.join("[\\s\\S]*", items)).matcher(all);
        assertTrue(order.find(), "the order");
    }

    private static Path onlyPage(String folder) throws IOException {
        try (Stream<Path> files = Files.list(site.output.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
