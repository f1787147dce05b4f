package dev.mdquiz.generator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Raw HTML on a built page, read as a browser reads it: author comments are not published, and nothing an author
 * writes redirects the page, takes the theme's ids and class names or moves the questions out of {@code <main>}.
 */
class RawHtmlPageTest {
    private static final String HOSTILE = """
            <!-- Answers: 1 is b, 2 is Oslo -->
            <meta http-equiv="refresh" content="0; url=https://example.org">

            **1.** Which is right? <!-- the answer is b --> </main>
            <div id="main" class="result" data-quiz="fake">Fake</div> <img src="img/flow.svg" alt="The flow">

            - [ ] a </fieldset></section></body>
            - [x] b <input type="radio" name="q1" value="x" checked>

            **2.** The capital of Norway is [[Oslo]]. <script>alert(1)</script><style>main{display:none}</style>
            """;

    @TempDir
    Path project;

    private Path source(String path) {
        return project.resolve("src/quiz").resolve(path);
    }

    private Path output(String path) {
        return project.resolve("target/quiz-site").resolve(path);
    }

    private void write(String path, String content) throws IOException {
        Files.createDirectories(source(path).getParent());
        Files.writeString(source(path), content);
    }

    private BuildResult build() throws QuizBuildException {
        return new QuizGenerator(GeneratorConfig.builder(source(""), project.resolve("target/quiz-site"))
                .displayRoot(project).siteTitle("Course").build()).generate();
    }

    @Test
    void thePageKeepsItsStructureAndPublishesNoComment() throws Exception {
        write("week-1/img/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("week-1/raw.md", HOSTILE);
        BuildResult result = build();
        Document page = Jsoup.parse(output("week-1/raw.html"));

        assertEquals(List.of(), comments(page), "no comment reaches the page");
        assertFalse(page.html().contains("Answers:") || page.html().contains("answer is"), "no comment text either");
        assertTrue(page.select("meta[http-equiv=refresh], meta[content*=example.org]").isEmpty(), "no redirect");

        Element main = page.getElementById("main");
        assertEquals("main", main.tagName());
        assertEquals(1, page.select("#main").size(), "the author's id=\"main\" is gone");
        assertEquals(2, main.select("[data-question]").size(), "both questions are inside <main>");
        assertEquals(1, page.select("[data-quiz]").size());
        assertEquals(1, main.select("> .summary [data-action=submit]").size(), "the submit button too");
        assertEquals(2, page.select(".result").size(), "only the theme's verdict elements are .result");
        assertEquals(2, main.select("[data-question=q1] input[type=radio]").size(), "only the quiz's own options");
        assertTrue(page.select("input[checked]").isEmpty());

        List<Element> scripts = page.select("script");
        assertEquals(2, scripts.size(), "the theme's messages and script, nothing else: " + scripts);
        for (Element script : scripts) {
            assertEquals("body", script.parent().tagName(), "scripts stay after <main>, in <body>");
        }
        assertEquals(1, page.select("style").size(), "the theme's style only");

        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", Files.readString(output("week-1/img/flow.svg")),
                "an image in raw HTML is published like a Markdown one");
        assertEquals(1, main.select("img[src=img/flow.svg][alt=The flow]").size());
        assertTrue(result.warnings().stream().allMatch(w -> w.path().equals("src/quiz/week-1/raw.md")));
        assertEquals(13, result.warnings().size(), result.warnings().toString());
    }

    /** Cleaning happens as pages are rendered; what it removes is reported before, by quiz:check too. */
    @Test
    void aCheckReportsWhatTheBuildRemoves() throws Exception {
        write("week-1/img/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("week-1/raw.md", HOSTILE);
        CheckResult check = new QuizGenerator(GeneratorConfig.builder(source(""), project.resolve("target/quiz-site"))
                .displayRoot(project).siteTitle("Course").build()).check();
        assertFalse(Files.exists(project.resolve("target")), "a check writes nothing");
        assertEquals(13, check.diagnostics().size(), check.diagnostics().toString());
        List<String> messages = check.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(messages.contains("src/quiz/week-1/raw.md:5:6: warning: raw HTML attribute id=\"main\" on <div>"
                + " removed: ids belong to the page: each question's (q1, q2, ... or the one set with"
                + " <!-- quiz: id=... -->) and the theme's"), messages.toString());
        assertEquals(check.diagnostics(), build().warnings());
    }

    @Test
    void aMissingImageInRawHtmlIsAnError() throws Exception {
        write("quiz.md", "**1.** Look: <img src=\"img/missing.png\" alt=\"gone\">\n\n- [x] a\n- [ ] b\n");
        InvalidBanksException failure = assertThrows(InvalidBanksException.class, this::build);
        assertEquals(List.of("src/quiz/quiz.md:1:19: error: image 'img/missing.png' does not exist"),
                failure.diagnostics().stream().map(Diagnostic::toString).toList());
        assertFalse(Files.exists(project.resolve("target")), "nothing written");
    }

    private static List<String> comments(Node root) {
        List<String> comments = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof Comment comment) {
                comments.add(comment.getData());
            }
        });
        return comments;
    }
}
