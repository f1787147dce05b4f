package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.key.AnswerText;
import dev.mdquiz.generator.internal.kind.QuestionKind;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.CodeWithBlanks;
import dev.mdquiz.generator.model.Question;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Code questions from parse to page and text: what docs/format.md's examples do not show. */
class CodeQuestionsParseTest {
    private static final String CODE_BLANKS = """
            **1.** Complete the function.

            ```python blanks
            def larger(a, b):
                if a [[>|>=]] b:
                    return [[a]]
                return "<b>"
            ```
            """;

    @Test
    void aBlanksBlockKeepsItsBlanksAsNodesInTheModel() {
        Question question = Banks.parse("code", CODE_BLANKS).quiz().questions().get(0);
        assertInstanceOf(CodeWithBlanks.class, question.stem().blocks().get(1));
        CodeWithBlanks code = (CodeWithBlanks) question.stem().blocks().get(1);
        assertEquals("python", code.language());
        assertEquals(2, code.questionBlanks());
        assertEquals(2, ((Answer.FillIn) question.answer()).blanks().size());
    }

    @Test
    void thePageShowsInputsInsideTheHighlightedCodeAndNeverHighlightsAnAnswer() {
        Question question = Banks.parse("code", CODE_BLANKS).quiz().questions().get(0);
        String html = Banks.html(question.stem());
        assertTrue(html.contains("<pre class=\"code-blanks\"><code class=\"language-python\"><span class=\"tok-k\">def</span>"),
                html);
        assertTrue(html.contains("<span class=\"tok-k\">if</span> a <input type=\"text\" class=\"blank\" data-blank=\"b1\""
                + " aria-label=\"Blank 1 of 2, line 2\" autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\"> b:"),
                html);
        assertTrue(html.contains("aria-label=\"Blank 2 of 2, line 3\""), html);
        assertTrue(html.contains("<span class=\"tok-s\">&quot;&lt;b&gt;&quot;</span>"), "code is escaped: " + html);
        assertFalse(html.contains(">=") || html.contains("&gt;=") || html.contains("\0"), "no answer, no placeholder: " + html);
    }

    @Test
    void textShowsTheCodeWithNumberedBlanksAndTheKeyShowsTheAnswers() {
        Question question = Banks.parse("code", CODE_BLANKS).quiz().questions().get(0);
        assertEquals("Complete the function.\ndef larger(a, b):\n    if a ___(1) b:\n        return ___(2)\n    return \"<b>\"",
                PlainText.of(question.stem()));
        assertEquals("Complete the function.\n\n```python\ndef larger(a, b):\n    if a ___(1) b:\n        return ___(2)\n"
                + "    return \"<b>\"\n```", PlainText.MARKDOWN.render(question.stem()));
        assertEquals(List.of("blank 1: > | >=", "blank 2: a"), QuestionKind.of(question.answer())
                .answerRows(PlainText.PLAIN).stream().map(row -> row.part() + ": " + row.answer()).toList());
    }

    @Test
    void outsideABlanksBlockDoubleBracketsAreCode() {
        Banks.Result result = Banks.parse("code", """
                **1.** Which test is this?

                ```bash
                [[ -f notes.txt ]] && echo yes
                ```

                ```python
                rows = a[[0, 2]]
                first = a[[0]]
                ```

                - [x] a file test
                - [ ] a glob
                """);
        assertEquals(List.of(), result.messages());
        String html = Banks.html(result.quiz().questions().get(0).stem());
        assertTrue(html.contains("[[ -f notes.txt ]]") && html.contains("a[[<span class=\"tok-n\">0</span>, ")
                && html.contains("a[[<span class=\"tok-n\">0</span>]]"), html);
        assertFalse(html.contains("<input"), html);
    }

    @Test
    void anAnswerOfSeveralLinesIsATextAreaAndComparedWithoutTrailingWhiteSpace() {
        Banks.Result result = Banks.parse("output", """
                **1.** What does it print?

                ```text blanks
                $ python squares.py
                [[
                1
                  4
                9  \s
                ]]
                done
                ```
                """);
        assertEquals(List.of(), result.messages());
        Question question = result.quiz().questions().get(0);
        Answer.LinesBlank blank = (Answer.LinesBlank) ((Answer.FillIn) question.answer()).blanks().get(0);
        assertEquals("1\n  4\n9", blank.text());
        String html = Banks.html(question.stem());
        assertTrue(html.contains("$ python squares.py\n<textarea class=\"blank\" data-blank=\"b1\" aria-label=\"Blank 1 of 1,"
                + " line 2\" autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\" data-lines rows=\"3\"></textarea>\ndone"),
                html);
        assertEquals("$ python squares.py\n___\ndone", PlainText.of(question.stem()).lines().skip(1)
                .reduce((a, b) -> a + "\n" + b).orElseThrow());
        assertEquals(AnswerText.lines("1\n  4\n9"), AnswerText.lines("1 \t\r\n  4\r\n9\n\n\n"));
        assertFalse(AnswerText.lines("1\n4\n9").equals(AnswerText.lines("1\n 4\n9")), "leading spaces count");
        assertFalse(AnswerText.lines("True").equals(AnswerText.lines("true")), "letter case counts");
        assertEquals(List.of("blank 1: `1` ⏎ `  4` ⏎ `9`"), QuestionKind.of(question.answer())
                .answerRows(PlainText.MARKDOWN).stream().map(row -> row.part() + ": " + row.answer()).toList());
    }

    @Test
    void mistakesInCodeAreReportedWhereTheyStand() {
        Banks.Result result = Banks.parse("mistakes", """
                **1.** Complete it.

                - item

                  ```python blanks
                  x = [[]]
                  y = [[=1..0]]
                  ```

                **2.** What does it print?

                ```text blanks
                [[
                1
                ```

                **3.** Order these.

                1. one
                2. two

                ```python order
                a()
                b()
                ```
                """);
        assertEquals(List.of(
                "mistakes.md:6:7: error: empty blank: write the accepted answer inside [[ ]]",
                "mistakes.md:7:7: error: range in '=1..0' ends below its start",
                "mistakes.md:13:1: error: this [[ opens an answer of several lines that is never closed: end it with a line"
                        + " holding only ]]",
                "mistakes.md:22:1: error: question 3 already has its answer, so this code block marked order is not its"
                        + " lines to order: drop the word order, or make it a question of its own"), result.messages());
    }

    @Test
    void aBlanksBlockWithoutABlankIsTheOneErrorOfItsQuestion() {
        Banks.Result result = Banks.parse("none", """
                **1.** Complete it.

                ```python blanks
                print("hi")
                ```

                **2.** Nothing to answer here.
                """);
        assertEquals(List.of("none.md:3:1: error: this code block is marked blanks but holds no [[blank]]: put [[answer]]"
                        + " where the learner fills in, or drop the word blanks",
                "none.md:7:1: error: question 2 has no options and no blank: add a task list (- [x] right, - [ ] wrong),"
                        + " a [[blank]], a numbered list to order or a list of 'left -> right' pairs"), result.messages());
    }

    @Test
    void aBlanksBlockWhoseOnlyBracketIsLeftOpenSaysSo() {
        Banks.Result result = Banks.parse("only-open", """
                **1.** Complete it.

                ```python blanks
                x = [[1
                ```
                """);
        assertEquals(List.of("only-open.md:3:1: error: this code block is marked blanks but none of its [[ is closed"
                + " on its line: a blank opens and closes on one line ([[answer]]), and an answer of several lines"
                + " stands between a line holding only [[ and one holding only ]]"), result.messages());
    }

    @Test
    void aBracketLeftOpenInBlanksCodeIsNamedWhereItStands() {
        Banks.Result result = Banks.parse("open", """
                **1.** Complete it.

                ```python blanks
                x = [[1
                y = a[[0, [[2]]
                if [[ -f x ]]; then [[z]]
                ```
                """);
        String message = "warning: this [[ is not closed on its line, so it stays code: in a code block marked blanks"
                + " a blank opens and closes on one line ([[answer]]), and an answer of several lines stands between a"
                + " line holding only [[ and one holding only ]]";
        assertEquals(List.of("open.md:4:5: " + message, "open.md:5:6: " + message), result.messages());
        assertEquals(3, ((Answer.FillIn) result.quiz().questions().get(0).answer()).blanks().size(),
                "the closed ones stay blanks");
    }

    @Test
    void aParsonsProblemKeepsEachLinesLevelAndHighlightsIt() {
        Banks.Result result = Banks.parse("parsons", """
                **1.** Order the lines.

                ```python order
                def f(x):
                \tif x:
                \t\treturn 1
                \treturn 0
                ```
                """);
        assertEquals(List.of(), result.messages());
        Answer.Ordering ordering = (Answer.Ordering) result.quiz().questions().get(0).answer();
        assertEquals(List.of(0, 1, 2, 1), ordering.items().stream().map(Answer.Item::indent).toList());
        assertEquals(new Answer.CodeOrder("python", false), ordering.code());
        assertEquals("<pre><code class=\"language-python\"><span class=\"tok-k\">return</span> <span class=\"tok-n\">1</span>"
                + "</code></pre>", Banks.html(ordering.items().get(2).text()));
        assertEquals(List.of("line 1: `def f(x):`", "line 2, indent 1: `if x:`", "line 3, indent 2: `return 1`",
                "line 4, indent 1: `return 0`"), QuestionKind.of(ordering).answerRows(PlainText.MARKDOWN).stream()
                .map(row -> row.part() + ": " + row.answer()).toList());
    }

    @Test
    void aHintThatSpellsOutABlankInCodeIsWarnedAbout() {
        Banks.Result result = Banks.parse("hint", """
                **1.** Complete the loop.

                > Hint: use `enumerate` to get each index.

                ```python blanks
                for i, name in [[enumerate]](names):
                    print(i, name)
                ```
                """);
        assertEquals(List.of("hint.md:3:3: warning: the hint of question 1 gives the answer away ('enumerate'); learners"
                + " can open it before they answer"), result.messages());
    }
}
