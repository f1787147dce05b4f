package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.parse.BankParser;
import dev.mdquiz.generator.model.BlankNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /** Export targets whose blank is whatever {@link #blank} says, as a part of the text is rendered. */
    private static final class Targets implements MarkupHtml.ExportTargets {
        java.util.function.Function<BlankNode, String> blank = node -> "[blank]";

        @Override
        public String blank(BlankNode node) {
            return blank.apply(node);
        }

        @Override
        public Optional<String> link(String destination) {
            return Optional.of(destination);
        }

        @Override
        public Optional<String> image(String destination) {
            return Optional.of(destination);
        }
    }

    @Test
    void aPartThatFailsHalfWayLeavesTheThreadsRendererAsItWas() {
        Question failing = question("**1.** Before *this*\n\n- one\n- two [[x]] after\n");
        Question next = question("**1.** Next *one* with [[y]]\n\n```\ncode\n```\n");
        Targets targets = new Targets();
        MarkupHtml html = MarkupHtml.forExport(targets);
        String expected = MarkupHtml.forExport(new Targets()).html(next.stem());

        targets.blank = node -> {
            throw new IllegalStateException("a bug in an export");
        };
        assertThrows(IllegalStateException.class, () -> html.html(failing.stem()));
        targets.blank = node -> "[blank]";
        assertEquals(expected, html.html(next.stem()));
    }

    @Test
    void aPartRenderedWhileAnotherIsRenderedOnTheSameThreadIsItsOwn() {
        Question outer = question("**1.** Outer [[x]] text\n\n> quoted [[z]]\n");
        Question inner = question("**1.** Inner *part* [[y]]\n");
        Targets targets = new Targets();
        MarkupHtml html = MarkupHtml.forExport(targets);
        String innerAlone = html.html(inner.stem());
        targets.blank = node -> "[blank]";
        String outerAlone = html.html(outer.stem());

        List<String> innerDuring = new ArrayList<>();
        targets.blank = node -> {
            targets.blank = again -> "[blank]";
            innerDuring.add(html.html(inner.stem())); // the renderer asked again on this thread while it renders
            return "[blank]";
        };
        assertEquals(outerAlone, html.html(outer.stem()));
        assertEquals(List.of(innerAlone), innerDuring);
    }
}
