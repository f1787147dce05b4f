package dev.mdquiz.generator.internal.text;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.internal.parse.BankParser;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parts of a quiz as text: what a reader sees, plain or as Markdown. */
class PlainTextTest {
    private static Question question(String bank) {
        return new BankParser().parse(new SourceFile("b", "b.md", bank), new Report("b.md")).questions().get(0);
    }

    @Test
    void blanksStandWhereTheyAreNumberedWhenThereAreSeveral() {
        assertEquals("The capital of Australia is ___.", PlainText.of(question("**1.** The capital of Australia is"
                + " [[Canberra]].").stem()));
        assertEquals("___(1) is the capital of ___(2).", PlainText.of(question("**1.** [[Oslo]] is the capital of"
                + " [[Norway|Kingdom of Norway]].").stem()));
    }

    @Test
    void aReaderSeesTextCodeAndImagesNeverAddressesTagsOrComments() {
        Question question = question("""
                **1.** Run `git add`, see [the docs](https://git-scm.com "Git") and ![the flow](img/flow.svg),
                ![](img/unnamed.png), H<sub>2</sub>O <!-- a note -->*now*.

                ```java
                int x = 1;
                ```

                - [x] a
                - [ ] b
                """);
        assertEquals("Run git add, see the docs and the flow, unnamed.png, H2O now.\nint x = 1;",
                PlainText.of(question.stem()));
    }

    @Test
    void markdownKeepsCodeAsCodeAndEscapesTheRest() {
        Question fillIn = question("**1.** Is `a*b` the same as ``x ` y`` in *snake_case*?\n\n~~~\n```\n~~~\n\n"
                + "So [[=4]].");
        assertEquals("Is `a*b` the same as ``x ` y`` in snake\\_case?\n\n````\n```\n````\n\nSo ___.",
                PlainText.MARKDOWN.render(fillIn.stem()));
        Question choice = question("**1.** Which?\n\n- [x] `git add`\n- [ ] b\n");
        assertEquals("`git add`", PlainText.MARKDOWN.render(((Answer.Choice) choice.answer()).options().get(0).text()));
        assertEquals("git add", PlainText.of(((Answer.Choice) choice.answer()).options().get(0).text()));
        assertEquals("1 \\| 2 \\* 3", PlainText.MARKDOWN.literal("1 | 2 * 3"));
        assertEquals("1 | 2 * 3", PlainText.PLAIN.literal("1 | 2 * 3"));
    }

    @Test
    void blocksGoOnLinesOfTheirOwnAndLineBreaksStay() {
        Question question = question("**1.** First line\ngoes on,\\\nthen breaks.\n\n> quoted\n\n- one\n- two\n\n"
                + "***\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[[x]]");
        assertEquals("First line goes on,\nthen breaks.\nquoted\none\ntwo\na | b\n1 | 2\n___",
                PlainText.of(question.stem()));
    }
}
