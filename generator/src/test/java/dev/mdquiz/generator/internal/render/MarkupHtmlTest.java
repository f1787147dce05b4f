package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.parse.BankParser;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parts of a quiz as their page shows them. */
class MarkupHtmlTest {
    private static Question question(String bank) {
        Quiz quiz = new BankParser().parse(new SourceFile("b", "b.md", bank), new Report("b.md"));
        return quiz.questions().get(0);
    }

    @Test
    void blanksAreInputsNamedInThePageLanguage() {
        Question question = question("**1.** A [[x]] and [[=4]] <b>bold</b>.");
        assertEquals("<p>A <input type=\"text\" class=\"blank\" data-blank=\"b1\" aria-label=\"Lücke 1\""
                + " autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\"> and <input type=\"text\""
                + " class=\"blank\" data-blank=\"b2\" aria-label=\"Lücke 2\" autocomplete=\"off\" autocapitalize=\"off\""
                + " spellcheck=\"false\" inputmode=\"decimal\" data-exact=\"\"> <b>bold</b>.</p>",
                new MarkupHtml("Lücke {0}").html(question.stem()), "beside raw HTML, cleaned");
        assertEquals("<p>A <input type=\"text\" class=\"blank\" data-blank=\"b1\" aria-label=\"&quot;$1&quot; &amp; 1\""
                + " autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\" /></p>",
                new MarkupHtml("\"$1\" & {0}").html(question("**1.** A [[x]]").stem()));
    }

    @Test
    void linksToBanksLeadToTheirPages() {
        Question question = question("**1.** See [loops](../week-2/loops.md#q2), [über](<über uns.md>),"
                + " <a href=\"loops.md?x=1\">raw</a>, ![a](img/a.md) and [the web](https://example.org/a.md).");
        assertEquals("<p>See <a rel=\"nofollow\" href=\"../week-2/loops.html#q2\">loops</a>, <a rel=\"nofollow\""
                + " href=\"%C3%BCber%20uns.html\">über</a>, <a href=\"loops.html?x=1\">raw</a>,"
                + " <img src=\"img/a.md\" alt=\"a\"> and <a rel=\"nofollow\" href=\"https://example.org/a.md\">the web</a>.</p>",
                new MarkupHtml("{0}").html(question.stem()));
    }

    @Test
    void optionsAndItemsRunInlineWithFurtherBlocksAfterThem() {
        Question question = question("**1.** Q?\n\n- [x] `a` *b*\n\n  ```\n  code\n  ```\n- [ ] c\n");
        Answer.Choice choice = (Answer.Choice) question.answer();
        MarkupHtml html = new MarkupHtml("{0}");
        assertEquals("<code>a</code> <em>b</em>\n<pre><code>code\n</code></pre>",
                html.html(choice.options().get(0).text()));
        assertEquals("c", html.html(choice.options().get(1).text()));
    }
}
