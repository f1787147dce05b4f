package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.parse.BankParser;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeHighlighterTest {

    @Test
    void marksKeywordsStringsNumbersAndComments() {
        assertEquals("<span class=\"tok-k\">if</span> (x &lt; <span class=\"tok-n\">10</span>) "
                        + "<span class=\"tok-k\">return</span> <span class=\"tok-s\">&quot;a&lt;b&quot;</span>; "
                        + "<span class=\"tok-c\">// done &amp; dusted</span>",
                CodeHighlighter.highlight("if (x < 10) return \"a<b\"; // done & dusted", "java"));
    }

    @Test
    void keywordsInsideStringsAndCommentsStayThere() {
        assertEquals("<span class=\"tok-c\"># if this</span>\n<span class=\"tok-k\">print</span>("
                        + "<span class=\"tok-s\">'while'</span>)",
                CodeHighlighter.highlight("# if this\nprint('while')", "Python"));
    }

    @Test
    void sqlKeywordsIgnoreCase() {
        assertEquals("<span class=\"tok-k\">SELECT</span> name <span class=\"tok-k\">from</span> users",
                CodeHighlighter.highlight("SELECT name from users", "sql"));
    }

    @Test
    void unknownLanguagesAreOnlyEscaped() {
        assertEquals("&lt;b&gt;if&lt;/b&gt;", CodeHighlighter.highlight("<b>if</b>", "brainfuck"));
        assertEquals("&lt;b&gt;", CodeHighlighter.highlight("<b>", ""));
    }

    @Test
    void codeBlocksInBanksAreHighlightedAtBuildTime() {
        Quiz quiz = new BankParser().parse(new SourceFile("b", "b.md", "**1.** What does this print?\n\n```python\n"
                + "print(len(\"quiz\"))  # 4\n```\n\n- [ ] 3\n- [x] 4\n"), new Report("b.md"));
        String stem = new MarkupHtml("Blank {0}").html(quiz.questions().get(0).stem());
        assertTrue(stem.contains("<pre><code class=\"language-python\"><span class=\"tok-k\">print</span>(len("
                + "<span class=\"tok-s\">&quot;quiz&quot;</span>))  <span class=\"tok-c\"># 4</span>\n</code></pre>"), stem);
    }
}
