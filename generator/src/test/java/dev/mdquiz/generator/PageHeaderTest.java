package dev.mdquiz.generator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page says about itself before any script runs: the pass mark in the quiz header, in the page's language,
 * and a {@code <meta name="description">} on every page, the author's or one made from the title.
 */
class PageHeaderTest {
    private static final String QUESTIONS = "**1.** Pick a.\n\n- [x] a\n- [ ] b\n\n**2.** Pick c.\n\n- [x] c\n- [ ] d\n";

    @TempDir
    Path project;

    private void bank(String path, String content) throws IOException {
        Path file = project.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private void build(String siteTitle, String language) throws QuizBuildException {
        new QuizGenerator(GeneratorConfig.builder(project.resolve("src"), project.resolve("site")).displayRoot(project)
                .siteTitle(siteTitle).siteLanguage(language).build()).generate();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(project.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    private static String description(Document page) {
        Element meta = page.selectFirst("head > meta[name=description]");
        return meta == null ? null : meta.attr("content");
    }

    /** The pass mark stands in the static header, as the language writes a percentage (no-break spaces included). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Pass mark: 60%",
            "de | Bestehensgrenze: 60\u00a0%",
            "fr | Seuil de réussite\u00a0: 60\u00a0%",
            "es | Mínimo para aprobar: 60\u00a0%",
            "ar | درجة النجاح: 60%"})
    void thePassMarkIsShownBeforeSubmitting(String language, String passMark) throws Exception {
        bank("pass.md", "---\nlang: " + language + "\npass: 60%\n---\n" + QUESTIONS);
        bank("no-pass.md", "---\nlang: " + language + "\n---\n" + QUESTIONS);
        build("Course", "en");
        Element meta = page("pass.html").selectFirst("header.quiz-header .quiz-meta");
        Element pass = meta.selectFirst(".quiz-pass");
        assertEquals(passMark, pass.wholeText());
        assertTrue(meta.text().startsWith(page("no-pass.html").selectFirst(".quiz-meta").text() + " · "), meta.text());
        assertNull(pass.closest("[hidden], noscript, .score"), "shown to everyone, with or without script");
        assertNull(page("no-pass.html").selectFirst(".quiz-pass"), "no pass mark, nothing said");
    }

    @Test
    void theDescriptionIsTheFrontMatters() throws Exception {
        bank("described.md", "---\ntitle: Handling incidents\ndescription: What to do when the pager goes off.\n---\n"
                + QUESTIONS);
        build("Operations", "en");
        assertEquals("What to do when the pager goes off.", description(page("described.html")));
    }

    @Test
    void withoutOneTheDescriptionSaysWhatThePageIs() throws Exception {
        bank("1-incidents.md", "# Handling incidents\n\n" + QUESTIONS);
        bank("2-one.md", "---\ntitle: Q&A <1> {0} {1}\n---\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n");
        bank("3-plain.md", QUESTIONS);
        build("Operations", "en");
        assertEquals("Quiz: Handling incidents, 2 questions.", description(page("1-incidents.html")));
        assertEquals("Quiz: Q&A <1> {0} {1}, 1 question.", description(page("2-one.html")), "titles are text");
        assertTrue(description(page("3-plain.html")).matches("Quiz: .+, 2 questions\\."), description(page("3-plain.html")));
        assertEquals("Course: Operations, 3 quizzes.", description(page("index.html")));
    }

    @Test
    void theDescriptionIsInThePagesLanguage() throws Exception {
        bank("stoerungen.md", "---\ntitle: Störungen\n---\n**1.** Wähle a.\n\n- [x] a\n- [ ] b\n");
        bank("beschrieben.md", "---\ntitle: Mit Beschreibung\ndescription: Was tun, wenn es brennt?\n---\n" + QUESTIONS);
        bank("fr.md", "---\nlang: fr\ntitle: Incidents\n---\n" + QUESTIONS);
        build("Betrieb", "de");
        assertEquals("Quiz: Störungen, 1 Frage.", description(page("stoerungen.html")));
        assertEquals("Was tun, wenn es brennt?", description(page("beschrieben.html")));
        assertEquals("Quiz\u00a0: Incidents, 2 questions.", description(page("fr.html")));
        assertEquals("Kurs: Betrieb, 3 Quiz.", description(page("index.html")));
    }

    /** The theme's "(select all that apply)" only where the question text does not already say how many to pick. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Which are prime?                    | true",
            "en | Which are prime? Select two.        | false",
            "en | Which are prime? Select all that apply. | false",
            "en | Which are prime? Choose 2.          | false",
            "de | Welche sind Primzahlen? Wählen Sie zwei aus. | false",
            "de | Welche sind Primzahlen?             | true",
            "fr | Lesquels sont premiers ? Cochez toutes les bonnes réponses. | false",
            "es | ¿Cuáles son primos? Seleccione dos. | false",
            "ar | أي الأعداد أولية؟ اختر إجابتين.     | false"})
    void selectAllIsLeftOutWhenTheTextSaysHowManyToPick(String language, String stem, boolean shown) throws Exception {
        bank("pick.md", "---\nlang: " + language + "\n---\n**1.** " + stem + "\n\n- [x] 7\n- [ ] 9\n- [x] 13\n\n"
                + "**2.** Pick one.\n\n- [x] a\n- [ ] b\n");
        build("Course", "en");
        Document page = page("pick.html");
        assertEquals(shown, page.selectFirst("#q1 .question-mode") != null, stem);
        assertNull(page.selectFirst("#q2 .question-mode"), "a single choice never says it");
    }
}
