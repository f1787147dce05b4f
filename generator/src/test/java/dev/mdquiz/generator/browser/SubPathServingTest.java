package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site served over HTTP under a sub-path, as on a course web server: the index links to the quizzes, a quiz
 * in a folder grades and scores, its back link returns to the index, and nothing outside the sub-path is fetched.
 */
class SubPathServingTest {
    private static final String PREFIX = "/my-course/";
    private static final String SEED_BANK = "week-1/seed-style.md";
    private static final String SEED_MARKDOWN = Site.resource(Site.SEED_STYLE);

    @TempDir
    static Path directory;
    static Site site;
    static StaticServer server;
    static List<String> served;
    static String origin;
    static Browser browser;

    @BeforeAll
    static void generateServeAndStart() throws Exception {
        site = new Site(directory)
                .bank(SEED_BANK, SEED_MARKDOWN)
                .bank("welcome.md", "# Welcome\n\n**1.** Ready?\n\n- [x] Yes\n- [ ] No\n");
        site.generate();

        server = new StaticServer(site.output, PREFIX);
        served = server.served;
        origin = server.origin();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    @Test
    void indexLinksToAQuizThatScoresFullAndLinksBack() {
        served.clear();
        browser.clearLogs();
        String indexUrl = origin + PREFIX + "index.html";
        browser.open(indexUrl);
        assertEquals("Test course", browser.driver().findElement(By.tagName("h1")).getText());

        List<WebElement> links = browser.driver().findElements(By.cssSelector(".quiz-list a"));
        assertEquals(2, links.size(), "both quizzes are listed");
        for (WebElement link : links) {
            String href = link.getDomAttribute("href");
            assertFalse(href.startsWith("/") || href.contains(":"), "index links are relative: " + href);
        }
        WebElement seedLink = links.stream().filter(link -> link.getText().equals("Seed style")).findFirst()
                .orElseThrow(() -> new AssertionError("no link titled 'Seed style' in the index"));
        seedLink.click();
        browser.await().until(d -> d.getCurrentUrl().equals(origin + PREFIX + "week-1/seed-style.html"));

        List<Set<Integer>> key = Site.answerKey(SEED_MARKDOWN);
        List<WebElement> questions = browser.questions();
        assertEquals(key.size(), questions.size());
        for (int q = 0; q < questions.size(); q++) {
            assertEquals(null, Browser.result(questions.get(q)));
            browser.choose(questions.get(q), key.get(q));
        }
        int[] score = browser.submit();
        assertEquals(6, score[0]);
        assertEquals(6, score[1]);
        for (WebElement question : questions) {
            assertEquals("correct", Browser.result(question));
        }
        assertEquals(Boolean.TRUE, browser.script("return window.isSecureContext && !!window.crypto.subtle"),
                "127.0.0.1 is a secure context, so this run used Web Crypto");

        WebElement back = browser.driver().findElement(By.cssSelector(".site-nav a"));
        assertEquals("../index.html", back.getDomAttribute("href"));
        back.click();
        browser.await().until(d -> d.getCurrentUrl().equals(indexUrl));
        assertEquals(2, browser.driver().findElements(By.cssSelector(".quiz-list a")).size());

        WebElement welcome = browser.driver().findElements(By.cssSelector(".quiz-list a")).stream()
                .filter(link -> link.getText().equals("Welcome")).findFirst().orElseThrow();
        welcome.click();
        browser.await().until(d -> d.getCurrentUrl().equals(origin + PREFIX + "welcome.html"));
        WebElement only = browser.questions().get(0);
        browser.choose(only, Set.of(1));
        assertEquals("incorrect", browser.check(only));

        // Without a declared icon, Chromium probes the origin's /favicon.ico on its own, outside the sub-path
        // (see the report on layout.ftlh). Tolerate exactly that probe, and only while the pages declare no icon.
        boolean declaresIcon = Boolean.TRUE.equals(browser.script("return !!document.querySelector('link[rel~=icon]')"));
        String faviconProbe = "/favicon.ico";
        List<String> console = browser.consoleMessages(Level.SEVERE).stream()
                .filter(message -> declaresIcon || !message.contains(origin + faviconProbe + " "))
                .toList();
        assertEquals(List.of(), console, "console errors");
        List<String> urls = browser.requestedUrls();
        assertTrue(urls.contains(origin + PREFIX + "week-1/seed-style.html"), "network log works: " + urls);
        for (String url : urls) {
            assertTrue(url.startsWith(origin + PREFIX) || url.startsWith("data:") || url.startsWith("about:")
                            || (!declaresIcon && url.equals(origin + faviconProbe)),
                    "request outside " + PREFIX + ": " + url);
        }
        assertTrue(served.contains(PREFIX + "index.html") && served.contains(PREFIX + "welcome.html"), "served " + served);
        for (String path : served) {
            assertTrue(path.startsWith(PREFIX) || (!declaresIcon && path.equals(faviconProbe)),
                    "the server was asked for " + path + " (all requests: " + served + ")");
        }
    }
}
