package dev.mdquiz.generator.internal.importer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Moodle's editors' HTML as this project's Markdown. */
class HtmlToMarkdownTest {
    @Test
    void whatMoodlesEditorsWriteBecomesMarkdownThatMeansTheSame() {
        HtmlToMarkdown html = new HtmlToMarkdown(src -> src.replace("@@PLUGINFILE@@/", "images/"));
        String markdown = html.convert("<p dir=\"ltr\" style=\"text-align: left;\">Text with <span style=\"color:red\">"
                + "red *x*</span> and<br>line two<br></p><ul><li>a</li><li><b>b</b></li></ul>"
                + "<pre>int x = 1;\nif (a &lt; b) {}</pre><p>H<sub>2</sub>O, <a href=\"https://x.org/a\">link</a>, "
                + "<img src=\"@@PLUGINFILE@@/a.png\" alt=\"pic\"> <script>alert(1)</script></p>"
                + "<table><tr><td>1</td></tr></table><h3>Head</h3>tail <i>text</i>");
        assertEquals("""
                Text with red \\*x\\* and \s
                line two

                - a
                - **b**

                ```
                int x = 1;
                if (a < b) {}
                ```

                H<sub>2</sub>O, [link](https://x.org/a), ![pic](images/a.png)

                <table><tbody><tr><td>1</td></tr></tbody></table>

                **Head**

                tail *text*""", markdown);
        assertEquals(List.of("<script>"), html.takeDropped());
        assertEquals(List.of(), html.takeDropped());
    }

    @Test
    void textIsHtmlWhenItHasTagsOrEntities() {
        assertTrue(HtmlToMarkdown.looksLikeHtml("a <b>bold</b> word"));
        assertTrue(HtmlToMarkdown.looksLikeHtml("x &lt; y"));
        assertTrue(HtmlToMarkdown.looksLikeHtml("line<br/>break"));
        assertFalse(HtmlToMarkdown.looksLikeHtml("if a < b and c > d"));
        assertFalse(HtmlToMarkdown.looksLikeHtml("Tom & Jerry"));
    }
}
