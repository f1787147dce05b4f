package dev.mdquiz.generator.browser;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages in other languages, in a real browser: an Arabic page runs right to left with Arabic UI text throughout,
 * and a German page scores in German. Leaves a screenshot of the Arabic page in target/screenshots/rtl-quiz.png.
 */
class LanguagePagesTest {
    private static final String ARABIC = """
            ---
            lang: ar
            title: اختبار العواصم
            description: أسئلة قصيرة عن عواصم الدول.
            pass: 50%
            ---

            **1.** ما عاصمة مصر؟

            - [x] القاهرة
            - [ ] الإسكندرية
              > الإسكندرية مدينة ساحلية كبيرة، لكنها ليست العاصمة.
            - [ ] أسوان

            **2.** أيّ هذه المدن عواصم؟ اختر اثنتين.

            - [x] عمّان
            - [ ] دبي
            - [x] الرباط

            **3.** رتّب الأعداد من الأصغر إلى الأكبر.

            1. واحد
            2. اثنان
            3. ثلاثة
            """;
    private static final String GERMAN = """
            ---
            lang: de
            title: Hauptstädte
            pass: 50%
            ---

            **1.** Was ist die Hauptstadt von Österreich?

            - [x] Wien
            - [ ] Graz

            **2.** Was ist die Hauptstadt der Schweiz?

            - [x] Bern
            - [ ] Zürich

            **3.** Welche Städte liegen in Deutschland?

            - [x] Berlin
            - [x] Hamburg
            - [ ] Wien
            """;

    @TempDir
    static Path directory;
    static Browser browser;
    static String arabicUrl;
    static String germanUrl;

    @BeforeAll
    static void generateAndStart() throws Exception {
        // two courses, so that the Arabic page's neighbours in the pager are Arabic too
        Site arabic = new Site(directory.resolve("ar")).bank("1-capitals.md", ARABIC)
                .bank("2-cities.md", ARABIC.replace("title: اختبار العواصم", "title: اختبار المدن"));
        new QuizGenerator(GeneratorConfig.builder(arabic.source, arabic.output).siteTitle("الجغرافيا").build()).generate();
        arabicUrl = Site.fileUrl(arabic.page("1-capitals.md"));
        Site german = new Site(directory.resolve("de")).bank("hauptstaedte.md", GERMAN);
        new QuizGenerator(GeneratorConfig.builder(german.source, german.output).siteTitle("Erdkunde").build()).generate();
        germanUrl = Site.fileUrl(german.page("hauptstaedte.md"));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    @Test
    void anArabicPageRunsRightToLeftWithArabicUiText() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(900, 1400));
        browser.openQuiz(arabicUrl);
        assertEquals("rtl", browser.script("return document.documentElement.dir;"));
        assertEquals("ar", browser.script("return document.documentElement.lang;"));
        assertEquals("rtl", browser.script("return getComputedStyle(document.body).direction;"));

        List<WebElement> questions = browser.questions();
        WebElement first = questions.get(0);
        WebElement check = first.findElement(By.cssSelector("[data-action=check]"));
        assertEquals("تحقق", check.getText());
        assertEquals("السؤال 1", first.findElement(By.cssSelector(".question-number")).getText());

        // mirrored layout: each option's input is right of its label text, the legend starts at the right edge
        for (WebElement question : questions.subList(0, 2)) {
            WebElement input = Browser.inputs(question).get(0);
            Map<?, ?> inputBox = rect(input);
            Map<?, ?> textBox = labelText(input);
            assertTrue(number(inputBox, "left") >= number(textBox, "right") - 0.5,
                    "input " + inputBox + " is right of its label text " + textBox);
        }
        Map<?, ?> legend = rect(first.findElement(By.cssSelector(".question-number")));
        Map<?, ?> fieldset = rect(first.findElement(By.cssSelector("fieldset")));
        assertTrue(number(fieldset, "right") - number(legend, "right") < 2, "legend " + legend + " starts at the right of " + fieldset);

        // a wrong answer: Arabic verdict, and its feedback has its rule on the right, where the lines start
        browser.choose(first, Set.of(1));
        assertEquals("incorrect", browser.check(first));
        assertEquals("إجابة خاطئة", Browser.resultText(first));
        WebElement feedback = first.findElement(By.cssSelector(".option-feedback"));
        assertTrue(feedback.isDisplayed(), "feedback of the chosen option is shown");
        assertEquals("3px", browser.script("return getComputedStyle(arguments[0]).borderRightWidth;", feedback));
        assertEquals("0px", browser.script("return getComputedStyle(arguments[0]).borderLeftWidth;", feedback));

        WebElement second = questions.get(1);
        browser.choose(second, Set.of(0, 2));
        assertEquals("correct", browser.check(second));
        assertEquals("إجابة صحيحة", Browser.resultText(second));

        int[] score = browser.submit();
        assertEquals(1, score[0]);
        String scoreText = textContent(browser.quiz().findElement(By.cssSelector(".score")));
        assertTrue(scoreText.startsWith("النتيجة: 1 من 3"), scoreText);
        assertTrue(scoreText.contains("لم يتم الاجتياز بعد"), scoreText);
        assertEquals("إعادة المحاولة", browser.quiz().findElement(By.cssSelector("[data-action=retry]")).getText());

        // nothing the learner reads or hears is in Latin letters: not the text, not the accessible names
        String ui = (String) browser.script("var texts = [document.title, document.body.innerText];"
                + "document.querySelectorAll('[aria-label]').forEach(function (e) { texts.push(e.getAttribute('aria-label')); });"
                + "return texts.join(' | ');");
        assertTrue(!ui.matches("(?s).*[A-Za-z].*"), "Latin letters in the Arabic UI: " + ui);
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));

        Path screenshots = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/screenshots");
        Files.createDirectories(screenshots);
        long height = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
        browser.driver().manage().window().setSize(new Dimension(900, (int) Math.min(height + 100, 4000)));
        browser.script("window.scrollTo(0, 0);");
        Files.write(screenshots.resolve("rtl-quiz.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aGermanPageScoresInGerman() {
        browser.openQuiz(germanUrl);
        assertEquals("ltr", browser.script("return getComputedStyle(document.body).direction;"));
        assertEquals(null, browser.script("return document.documentElement.getAttribute('dir');"));
        List<WebElement> questions = browser.questions();
        WebElement input = Browser.inputs(questions.get(0)).get(0);
        assertTrue(number(rect(input), "right") <= number(labelText(input), "left") + 0.5, "left to right: input left of its label text");

        browser.choose(questions.get(0), Set.of(0));
        assertEquals("correct", browser.check(questions.get(0)));
        assertEquals("Richtig", Browser.resultText(questions.get(0)));
        browser.choose(questions.get(1), Set.of(1));
        browser.choose(questions.get(2), Set.of(0)); // one of two German cities: half a point
        assertEquals("1.5/3", browser.submitForScore(), "data-score keeps a decimal point for programs");
        assertEquals("Falsch", Browser.resultText(questions.get(1)));
        assertEquals("Teilweise richtig", Browser.resultText(questions.get(2)));
        String scoreText = textContent(browser.quiz().findElement(By.cssSelector(".score")));
        assertEquals("Ergebnis: 1,5 von 3 (50\u00a0%) Bestanden: Die Bestehensgrenze liegt bei 50\u00a0%.", scoreText);
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
    }

    /** Exact text, with its no-break spaces (WebElement.getText() turns them into plain spaces). */
    private static String textContent(WebElement element) {
        return (String) browser.script("return arguments[0].textContent;", element);
    }

    /** The box of an option's text: its label's content after the input. */
    private static Map<?, ?> labelText(WebElement input) {
        return (Map<?, ?>) browser.script("var label = arguments[0].closest('label'), range = document.createRange();"
                + "range.setStartAfter(arguments[0]); range.setEnd(label, label.childNodes.length);"
                + "var r = range.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", input);
    }

    private static Map<?, ?> rect(WebElement element) {
        return (Map<?, ?>) browser.script("var r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", element);
    }

    private static double number(Map<?, ?> rect, String side) {
        return ((Number) rect.get(side)).doubleValue();
    }
}
