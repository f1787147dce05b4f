package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.key.AnswerKeys;
import dev.mdquiz.generator.internal.key.KeyOptions;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.render.Navigation;
import dev.mdquiz.generator.internal.render.PageRenderer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random and mutated Markdown never makes the pipeline throw: every problem becomes a diagnostic. */
class ParserFuzzTest {
    private static final List<String> SEEDS = List.of(
            Banks.resource("format-examples/seed-style.md"),
            Banks.resource("format-examples/heading-style.md"),
            Banks.resource("format-examples/all-types.md"));
    private static final List<String> TOKENS = List.of("**1.** ", "**2.**", "\n", "\n\n", "- [x] ", "- [ ] ", "- []",
            "* [X] ", "1. ", "2. ", "> ", "  > ", "Hint: ", "[[", "]]", "[[=", "±", "..", "+/-", "|", " -> ", "→",
            "## ", "### ", "# ", "---\n", "title: ", "pass: ", "shuffle: ", "```\n", "`", "<!-- quiz: multiple points=2 -->",
            "<!--", "-->", "\t", "\r\n", "\uFEFF", "â€™", "Ã©", "é", "中文", "😀", "\u0000", "&amp;", "<b>", "[link](x)", "!");
    private final PageRenderer renderer;

    ParserFuzzTest() throws ThemeException {
        renderer = new PageRenderer("Fuzz", "en", "fuzz", null);
    }

    @Property(tries = 400)
    void randomTokensNeverThrow(@ForAll("tokenSoup") String markdown) throws Exception {
        runPipeline(markdown);
    }

    @Property(tries = 300)
    void arbitraryTextNeverThrows(@ForAll("anyText") String markdown) throws Exception {
        runPipeline(markdown);
    }

    @Property(tries = 400)
    void mutatedExamplesNeverThrow(@ForAll("mutatedExample") String markdown) throws Exception {
        runPipeline(markdown);
    }

    private void runPipeline(String markdown) throws Exception {
        Banks.Result result = Banks.parse("fuzz", markdown);
        int lineCount = markdown.split("\r\n|\r|\n", -1).length;
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertTrue(diagnostic.line() >= 1 && diagnostic.line() <= lineCount + 1, diagnostic.toString());
            assertTrue(diagnostic.column() >= 1, diagnostic.toString());
            assertTrue(!diagnostic.message().isBlank(), diagnostic.toString());
        }
        if (result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
            // plain SHA-256 and no cache: thousands of banks per run
            List<QuestionKey> questionKeys = new AnswerKeys(new KeyOptions("", 0, 0, null)).keysFor(result.quiz());
            assertTrue(renderer.renderQuiz(result.quiz(), questionKeys, new Navigation(result.quiz(), null, null))
                    .htmlText().contains("data-quiz=\"fuzz\""));
        }
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(TOKENS),
                Arbitraries.strings().alpha().numeric().withChars(' ', '.', '?').ofMaxLength(12));
        return token.list().ofMaxSize(60).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> mutatedExample() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 40))
                .as((kind, at, length) -> new int[] {kind, at, length}).list().ofMaxSize(8);
        return Combinators.combine(seed, edits, Arbitraries.of(TOKENS)).as(ParserFuzzTest::mutate);
    }

    private static String mutate(String text, List<int[]> edits, String token) {
        StringBuilder out = new StringBuilder(text);
        for (int[] edit : edits) {
            int at = out.isEmpty() ? 0 : edit[1] % out.length();
            int end = Math.min(out.length(), at + edit[2]);
            switch (edit[0]) {
                case 0 -> out.delete(at, end);
                case 1 -> out.insert(at, token);
                case 2 -> out.insert(at, out.substring(at, end));
                default -> out.replace(at, end, token.repeat(1 + edit[2] % 3));
            }
        }
        return out.toString();
    }
}
