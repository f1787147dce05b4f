package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankParserTest {
    private static final String BANK = """
            # Primes

            **1.** Which of these are prime? Select two.

            - [x] 7
            - [ ] 9
            - [x] 13

            **2.** Pick the even number.
            - [ ] 3
            - [x] 4
            """;

    @Test
    void crlfAndBomParseLikeLf() {
        Quiz lf = Banks.parse("primes", BANK).quiz();
        Quiz crlf = Banks.parse("primes", "\uFEFF" + BANK.replace("\n", "\r\n")).quiz();
        assertEquals(lf.questions().size(), crlf.questions().size());
        for (int i = 0; i < lf.questions().size(); i++) {
            Question a = lf.questions().get(i);
            Question b = crlf.questions().get(i);
            assertEquals(Banks.text(a.stem()), Banks.text(b.stem()));
            assertEquals(Banks.correctOptions(a), Banks.correctOptions(b));
            assertEquals(a.position(), b.position());
        }
    }

    @Test
    void titleFromFirstLevelOneHeading() {
        assertEquals("Primes", Banks.parse("primes", BANK).quiz().title());
    }

    @Test
    void titleFromFrontMatterWinsOverHeading() {
        Banks.Result result = Banks.parse("primes", "---\ntitle: Prime numbers\ndescription: Warm-up\n---\n" + BANK);
        assertEquals(List.of(), result.messages());
        assertEquals("Prime numbers", result.quiz().title());
        assertEquals("Warm-up", result.quiz().description());
    }

    @Test
    void frontMatterKeepsLineNumbers() {
        Banks.Result result = Banks.parse("primes", "---\ntitle: T\n---\n" + BANK);
        assertEquals(6, result.quiz().questions().get(0).position().line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-intro_to-git", "week-2/01_intro_to-git"})
    void titleFromFileName(String id) {
        String bank = "**1.** Q?\n\n- [x] a\n- [ ] b\n";
        assertEquals("Intro to git", Banks.parse(id, bank).quiz().title());
    }

    @Test
    void blankLinesAndSeparatorsBetweenQuestions() {
        Banks.Result result = Banks.parse("b", "\n\n\n**1.** First?\n\n\n\n- [x] a\n- [ ] b\n\n---\n\n**2.** Second?\n- [ ] c\n- [x] d\n\n\n");
        assertEquals(List.of(), result.messages());
        assertEquals(2, result.quiz().questions().size());
        assertEquals("", Banks.html(result.quiz().questions().get(0).explanation()));
    }

    @Test
    void optionsKeepInlineMarkdown() {
        Banks.Result result = Banks.parse("b", "**1.** Which command records changes?\n\n- [ ] `git add`\n- [x] `git commit` (with *care*)\n- [ ] [docs](https://git-scm.com)\n");
        List<String> html = Banks.options(result.quiz().questions().get(0)).stream().map(o -> Banks.html(o.text())).toList();
        assertEquals(List.of("<code>git add</code>", "<code>git commit</code> (with <em>care</em>)",
                "<a rel=\"nofollow\" href=\"https://git-scm.com\">docs</a>"), html);
        assertEquals("git commit (with care)", Banks.text(Banks.options(result.quiz().questions().get(0)).get(1).text()));
    }

    @Test
    void stemMayHoldCodeBlocksLinksAndSeveralParagraphs() {
        String bank = """
                **1.** What does this print?

                ```python
                print(len("quiz"))
                ```

                See [the docs](https://docs.python.org) if unsure. **Select one.**

                - [ ] 3
                - [x] 4
                """;
        Question question = Banks.parse("b", bank).quiz().questions().get(0);
        assertTrue(Banks.html(question.stem()).contains("<pre><code class=\"language-python\"><span class=\"tok-k\">print</span>(len(<span class=\"tok-s\">&quot;quiz&quot;</span>))"),
                Banks.html(question.stem()));
        assertTrue(Banks.html(question.stem()).contains("<a rel=\"nofollow\" href=\"https://docs.python.org\">the docs</a>"), Banks.html(question.stem()));
        assertEquals(List.of(2), Banks.correctOptions(question));
    }

    @Test
    void markerVariantsAndBullets() {
        String bank = "**1.** Pick.\n\n* [X] upper\n* [] empty-box\n* [ ] blank\n";
        Banks.Result result = Banks.parse("b", bank);
        assertEquals(List.of(), result.messages());
        Question question = result.quiz().questions().get(0);
        assertEquals(List.of(1), Banks.correctOptions(question));
        assertEquals("empty-box", Banks.text(Banks.options(question).get(1).text()));
    }

    @Test
    void textAfterTheOptionsIsTheExplanation() {
        Banks.Result result = Banks.parse("b", "**1.** Q?\n\n- [x] a\n- [ ] b\n\nBecause *a*.\n\n**2.** R?\n\n- [x] c\n- [ ] d\n");
        assertEquals("<p>Because <em>a</em>.</p>", Banks.html(result.quiz().questions().get(0).explanation()));
    }

    @Test
    void blockquoteUnderAnOptionIsItsFeedback() {
        Banks.Result result = Banks.parse("b", "**1.** Q?\n\n- [x] a\n- [ ] b\n  > Not b, because *b* is wrong.\n");
        Question question = result.quiz().questions().get(0);
        assertEquals("b", Banks.text(Banks.options(question).get(1).text()));
        assertEquals("<p>Not b, because <em>b</em> is wrong.</p>", Banks.html(Banks.options(question).get(1).feedback()));
    }

    @Test
    void contentBeforeTheFirstQuestionIsTheIntro() {
        Banks.Result result = Banks.parse("b", "# T\n\nRead chapter 2 first.\n\n**1.** Q?\n\n- [x] a\n- [ ] b\n");
        assertEquals("<p>Read chapter 2 first.</p>", Banks.html(result.quiz().intro()));
    }

    @Test
    void headingStyleBankUsesHeadingsAsQuestions() {
        Banks.Result result = Banks.parse("heading-style", Banks.resource("format-examples/heading-style.md"));
        assertEquals(List.of(), result.messages());
        assertEquals("Git basics", result.quiz().title());
        assertEquals(2, result.quiz().questions().size());
        assertEquals(List.of(2), Banks.correctOptions(result.quiz().questions().get(0)));
        assertEquals(List.of(1, 3), Banks.correctOptions(result.quiz().questions().get(1)));
        assertEquals("Which command records staged changes in the repository?",
                Banks.text(result.quiz().questions().get(0).stem()).lines().findFirst().orElseThrow());
    }
}
