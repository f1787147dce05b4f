package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.internal.check.RawHtmlCheck;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.SectionInfo;
import dev.mdquiz.generator.model.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw HTML in banks: what stays, what goes, and a warning for each removal at its line and column. */
class RawHtmlTest {
    private static final String OPTIONS = "\n\n- [x] a\n- [ ] b\n";
    private static final String COMMENT = "raw HTML comment removed: notes in comments are fine in the bank, but they"
            + " never reach the page";
    private static final String FORM = "the quiz's own controls are the only ones on a page; write a [[blank]], a"
            + " task list or a numbered list to order instead";
    private static final String LANDMARK = "the page's landmarks and sections belong to the theme; what the tag held stays";
    private static final String CLOSES_NOTHING = "it closes nothing opened before it in the same part of the page; each"
            + " question text, option, hint, feedback and explanation must close the tags it opens";

    private static String warning(int line, int column, String message) {
        return "b.md:" + line + ":" + column + ": warning: " + message;
    }

    private static Question question(Banks.Result result) {
        return result.quiz().questions().get(0);
    }

    @Test
    void commentsAreRemovedWithAWarning() {
        Banks.Result result = Banks.parse("b", "**1.** Which is right? <!-- the answer is b -->" + OPTIONS
                + "\n<!--\nNote to self: b, because a is wrong.\n-->\n");
        assertEquals("<p>Which is right? </p>", Banks.html(question(result).stem()));
        assertEquals("", Banks.html(question(result).explanation()));
        assertEquals(List.of(warning(1, 24, COMMENT), warning(6, 1, COMMENT)), result.messages());
        assertTrue(Banks.htmlParts(result.quiz()).stream().noneMatch(part -> part.contains("answer is")
                || part.contains("Note to self")), Banks.htmlParts(result.quiz()).toString());
    }

    @Test
    void quizSettingsWhereTheyAreNotReadAreNamedAsSuch() {
        Banks.Result result = Banks.parse("b", "Intro <!-- quiz: multiple -->\n\n**1.** Q?" + OPTIONS);
        assertEquals("<p>Intro </p>", Banks.html(result.quiz().intro()));
        assertEquals(List.of(warning(1, 7, "raw HTML comment removed: quiz settings are read only in a question's first"
                + " paragraph or on a line of their own between its paragraphs, not inside a list, a quote or the text"
                + " before the first question")), result.messages());
    }

    @Test
    void headTagsFormsAndLandmarksAreRemoved() {
        Banks.Result result = Banks.parse("b", "**1.** Q?" + OPTIONS
                + "\n<meta http-equiv=\"refresh\" content=\"0; url=https://example.org\">\n\n<base href=\"https://example.org/\">\n"
                + "\n<main><section><form action=\"https://example.org\"><input name=\"answer\"> Kept text</form></section></main>\n"
                + "\n<body><p>More</p></body>\n");
        assertEquals("Kept text<p>More</p>", Banks.html(question(result).explanation()));
        assertEquals(List.of(
                warning(6, 1, "raw HTML <meta> removed: it could refresh or redirect the page; the page's head belongs to the theme"),
                warning(8, 1, "raw HTML <base> removed: it would send every relative link of the page elsewhere"),
                warning(10, 1, "raw HTML <main> removed: " + LANDMARK),
                warning(10, 7, "raw HTML <section> removed: " + LANDMARK),
                warning(10, 16, "raw HTML <form> removed: " + FORM),
                warning(10, 51, "raw HTML <input> removed: " + FORM),
                warning(12, 1, "raw HTML <body> removed: " + LANDMARK),
                warning(12, 18, "raw HTML </body> removed: " + CLOSES_NOTHING)), result.messages());
    }

    @Test
    void scriptsStylesAndEmbedsGoWithWhatTheyHold() {
        Banks.Result result = Banks.parse("b", "**1.** Q <script>steal()</script><style>p{}</style><iframe src=\"x\">f</iframe>?"
                + OPTIONS);
        assertEquals("<p>Q ?</p>", Banks.html(question(result).stem()));
        assertEquals(List.of(
                warning(1, 10, "raw HTML <script> removed: pages run only the theme's script"),
                warning(1, 34, "raw HTML <style> removed: pages are styled only by the theme; to change the style,"
                        + " edit a copy of it (quiz:eject-theme)"),
                warning(1, 52, "raw HTML <iframe> removed: pages embed nothing and load nothing from elsewhere")),
                result.messages());
    }

    @Test
    void eventAndStyleAttributesAreRemoved() {
        Banks.Result result = Banks.parse("b", "**1.** Press <kbd onclick=\"steal()\" style=\"color: red\""
                + " title=\"Control\">Ctrl</kbd>." + OPTIONS);
        assertEquals("<p>Press <kbd title=\"Control\">Ctrl</kbd>.</p>", Banks.html(question(result).stem()));
        assertEquals(List.of(
                warning(1, 19, "raw HTML attribute onclick on <kbd> removed: pages run only the theme's script"),
                warning(1, 37, "raw HTML attribute style on <kbd> removed: pages are styled only by the theme; to"
                        + " change the style, edit a copy of it (quiz:eject-theme)")), result.messages());
    }

    @Test
    void idsDataAttributesAndTheThemesClassNamesAreRemoved() {
        Banks.Result result = Banks.parse("b", "**1.** <span id=\"main\" class=\"result note\" data-action=\"check\">Check"
                + " me</span> <b id=\"q2\">bold</b>" + OPTIONS);
        assertEquals("<p><span class=\"note\">Check me</span> <b>bold</b></p>", Banks.html(question(result).stem()));
        String ids = "ids belong to the page: each question's (q1, q2, ... or the one set with <!-- quiz: id=... -->)"
                + " and the theme's";
        assertEquals(List.of(
                warning(1, 14, "raw HTML attribute id=\"main\" on <span> removed: " + ids),
                warning(1, 24, "raw HTML class \"result\" on <span> removed: the theme uses this class name for its own"
                        + " elements; choose another"),
                warning(1, 44, "raw HTML attribute data-action on <span> removed: data- attributes belong to the theme"
                        + " and its script"),
                warning(1, 83, "raw HTML attribute id=\"q2\" on <b> removed: " + ids)), result.messages());
    }

    /** The allowed tags and attributes, in every part of a question, come out byte for byte as they went in. */
    @Test
    void formattingStaysByteForByte() {
        String bank = """
                Warm-up for <abbr title="HyperText Markup Language">HTML</abbr> <small>(optional)</small>

                **1.** Water is H<sub>2</sub>O; x<sup>2</sup> is <mark>squared</mark>.<br>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.

                > Hint: <ins>new</ins> and <del>old</del>, <s>struck</s>, <u>underlined</u>, <span class="note" lang="fr" dir="ltr">mot</span>.

                - [x] <q>quoted</q> <cite>cited</cite> <dfn>term</dfn> <var>v</var> <samp>out</samp> <i>i</i> <b>b</b>
                  > <span title="why">Right</span>, <bdi>x</bdi>.
                - [ ] <img src="img/flow.svg" alt="Flow" title="The flow" width="200" height="100">

                <details><summary>Why</summary>

                Because it is *so*.

                </details>

                <table><tbody>
                <tr><th colspan="2" align="left">Head</th></tr>
                <tr><td rowspan="2">1</td><td>2</td></tr>
                </tbody></table>

                <dl><dt>Term</dt><dd>Its meaning</dd></dl>

                <figure><img src="img/flow.svg" alt="Flow"><figcaption>The flow</figcaption></figure>

                <div class="aside-note">A note <time datetime="2024-01-01">on New Year</time>.</div>

                **2.** Order these.

                1. <code>first</code> <em>one</em>
                2. second <strong>one</strong>

                **3.** Match these.

                - H<sub>2</sub>O -> <i>water</i>
                - NaCl -> salt
                """;
        Banks.Result sanitized = Banks.parse("b", bank);
        assertEquals(List.of(), sanitized.messages());
        assertEquals(Banks.commonmarkParts(sanitized.quiz()), Banks.htmlParts(sanitized.quiz()));
        assertTrue(Banks.html(question(sanitized).explanation()).contains("<td rowspan=\"2\">1</td>"), "raw HTML is kept");
    }

    /**
     * What commonmark renders next to raw HTML (blanks, highlighted code, tables, links, images, quotes) survives
     * sanitizing: the page's browser builds the same document from it, although jsoup may write it differently
     * ({@code <br>} for {@code <br />}, a plain quote for {@code &quot;}).
     */
    @Test
    void commonmarksOwnRenderingSurvivesBesideRawHtml() {
        String bank = """
                **1.** The <em>capital</em> of [Norway](https://example.org "a title") is [[Oslo]] and "7 &times; 6" is [[=42]].\\
                A break, ![an image](img/a.png "Image") and `code <b>`.

                ```java
                class A { int x = 1; } // <b>not html</b>
                ```

                | a | b |
                |:--|--:|
                | <sub>1</sub> | [link](loops.md#q2) |
                """;
        Banks.Result sanitized = Banks.parse("b", bank);
        assertEquals(List.of(), sanitized.messages());
        List<String> before = Banks.commonmarkParts(sanitized.quiz()).stream().map(RawHtmlTest::dom).toList();
        assertEquals(before, Banks.htmlParts(sanitized.quiz()).stream().map(RawHtmlTest::dom).toList());
        assertTrue(Banks.html(question(sanitized).stem()).contains("<input type=\"text\" class=\"blank\" data-blank=\"b1\""
                + " aria-label=\"Blank 1\""), "the blanks keep their inputs and names: " + Banks.html(question(sanitized).stem()));
    }

    private static String dom(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    @Test
    void unbalancedMarkupStaysInsideItsPart() {
        Banks.Result result = Banks.parse("b", "**1.** Text </main></body> and <div>open\n\n- [x] a <details><summary>s\n"
                + "- [ ] b\n\nExplained.</div></section>\n");
        Question question = question(result);
        assertEquals("<p>Text  and </p><div>open</div>", Banks.html(question.stem()));
        assertEquals("a <details><summary>s</summary></details>", Banks.html(Banks.options(question).get(0).text()));
        assertEquals("<p>Explained.</p>", Banks.html(question.explanation()));
        assertEquals(List.of(
                warning(1, 13, "raw HTML </main> removed: " + CLOSES_NOTHING),
                warning(1, 20, "raw HTML </body> removed: " + CLOSES_NOTHING),
                warning(6, 11, "raw HTML </div> removed: " + CLOSES_NOTHING),
                warning(6, 17, "raw HTML </section> removed: " + CLOSES_NOTHING)), result.messages());
        for (String part : Banks.htmlParts(result.quiz())) {
            String html = part.substring(part.indexOf(": ") + 2);
            assertEquals(dom(html), html, "every part is balanced: " + part);
        }
    }

    @Test
    void rawImagesAndLinksAreCheckedLikeMarkdownOnes() {
        Banks.Result raw = Banks.parse("b", "**1.** See <img src=\"img/flow.svg\" alt=\"Flow\"> and"
                + " <a href=\"loops.md#q2\">loops</a>." + OPTIONS + "\n<img src=\"/etc/passwd\"> <img src=\"https://example.org/a.png\">\n");
        Banks.Result markdown = Banks.parse("b", "**1.** See ![Flow](img/flow.svg) and [loops](loops.md#q2)." + OPTIONS
                + "\n![x](/etc/passwd) ![y](https://example.org/a.png)\n");
        assertEquals(markdown.links().stream().map(RawHtmlTest::withoutPosition).toList(),
                raw.links().stream().map(RawHtmlTest::withoutPosition).toList());
        assertEquals(List.of(new SourcePosition(1, 17), new SourcePosition(1, 55)),
                raw.links().stream().map(LocalLink::position).toList());
        assertEquals("<p>See <img src=\"img/flow.svg\" alt=\"Flow\"> and <a href=\"loops.html#q2\">loops</a>.</p>",
                Banks.html(question(raw).stem()));
        assertEquals(List.of(
                "b.md:6:6: error: link to '/etc/passwd' is an absolute path; link files by a path relative to the bank,"
                        + " inside the source directory",
                "b.md:6:30: warning: image 'https://example.org/a.png' is on the web and will not load: pages load nothing"
                        + " from the network; save the image beside the bank and link it by a relative path"),
                raw.messages());
    }

    private static LocalLink withoutPosition(LocalLink link) {
        return new LocalLink(link.path(), link.image(), link.bankLink(), SourcePosition.START);
    }

    @Test
    void scriptAndDataAddressesAreRemoved() {
        Banks.Result result = Banks.parse("b", "**1.** <a href=\"java\tscript:steal()\">x</a> <a href=\"data:text/html,hi\">y</a>"
                + " <img src=\"data:image/png;base64,AAAA\" alt=\"z\"> <a href=\"mailto:t@example.org\">mail</a>" + OPTIONS);
        assertEquals("<p><a>x</a> <a>y</a>  <a href=\"mailto:t@example.org\">mail</a></p>", Banks.html(question(result).stem()));
        assertEquals(List.of(
                warning(1, 11, "raw HTML href=\"java script:steal()\" on <a> removed: links may only be relative paths"
                        + " or http, https and mailto addresses"),
                warning(1, 47, "raw HTML href=\"data:text/html,hi\" on <a> removed: links may only be relative paths or"
                        + " http, https and mailto addresses"),
                warning(1, 83, "raw HTML <img src=\"data:image/png;base64,AAAA\"> removed: images must be files beside"
                        + " the bank, linked by a relative path")), result.messages());
        assertTrue(result.links().isEmpty());
    }

    @Test
    void listItemsOutsideAListCannotBreakOutOfTheOptions() {
        Banks.Result result = Banks.parse("b", "**1.** Q?\n\n- [x] a <li>escaped</li>\n- [ ] b <ul><li>nested</li></ul>\n");
        assertEquals(List.of("a escaped", "b <ul><li>nested</li></ul>"),
                Banks.options(question(result)).stream().map(o -> Banks.html(o.text())).toList());
        assertEquals(List.of(warning(3, 9, "raw HTML <li> removed: a list item outside a list would break out of the"
                + " list around it; what it held stays")), result.messages());
    }

    /** Every part of a page that can hold Markdown is sanitized. */
    @Test
    void everyPartIsSanitized() {
        String script = "<script>x()</script>";
        Banks.Result result = Banks.parse("b", "Intro " + script + "\n\n"
                + "**1.** Stem " + script + "\n\n> Hint " + script + "\n\n- [x] Option " + script + "\n  > Feedback " + script
                + "\n- [ ] b\n\nExplanation " + script + "\n\n"
                + "**2.** Order.\n\n1. Item " + script + "\n2. Other\n\n"
                + "**3.** Match.\n\n- Left " + script + " -> Right " + script + " <!-- note -->\n- l -> r\n");
        List<String> parts = Banks.htmlParts(result.quiz());
        assertTrue(parts.stream().noneMatch(part -> part.contains("script") || part.contains("x()")), parts.toString());
        assertEquals(10, result.messages().size(), result.messages().toString());
        Answer.Pair pair = ((Answer.Matching) result.quiz().questions().get(2).answer()).pairs().get(0);
        String right = Banks.text(pair.right());
        assertTrue(right.startsWith("Right") && !right.contains("<") && !right.contains("note"),
                "the select shows no tag and no comment: " + right);
    }

    @Test
    void sectionIntrosAreSanitizedToo() {
        Report report = new Report("week-1/_section.md");
        SectionInfo section = new SectionParser().parse(new SourceFile("week-1/_section", "week-1/_section.md",
                "---\ntitle: Week 1\n---\nWelcome <!-- draft --><b onclick=\"x()\">all</b>.\n"), report);
        RawHtmlCheck.check(section.intro(), report);
        List<Diagnostic> problems = report.diagnostics();
        assertEquals("<p>Welcome <b>all</b>.</p>", Banks.html(section.intro()));
        assertEquals(List.of("week-1/_section.md:4:9: warning: " + COMMENT,
                        "week-1/_section.md:4:26: warning: raw HTML attribute onclick on <b> removed: pages run only the"
                                + " theme's script"),
                problems.stream().map(Diagnostic::toString).toList());
    }

    @Test
    void banksWithoutRawHtmlAreNotTouched() {
        String bank = "**1.** A \"quoted\" <not a tag & more\n\n- [x] a  \n  b\n- [ ] c";
        assertFalse(Banks.html(question(Banks.parse("b", bank)).stem()).isEmpty());
        assertEquals(Banks.commonmarkParts(Banks.parse("b", bank).quiz()), Banks.htmlParts(Banks.parse("b", bank).quiz()));
        assertEquals("<p>A &quot;quoted&quot; &lt;not a tag &amp; more</p>", Banks.html(question(Banks.parse("b", bank)).stem()));
    }
}
