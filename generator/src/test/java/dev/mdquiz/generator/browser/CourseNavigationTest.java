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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner's way through a course served under a sub-path: index, a quiz, the next quiz, back to the index,
 * which now shows the best score saved in the browser. Nothing is fetched outside the course.
 */
class CourseNavigationTest {
    private static final String PREFIX = "/course/";

    @TempDir
    static Path directory;
    static Site site;
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        site = new Site(directory)
                .bank("_section.md", "Welcome to the course.\n")
                .bank("1-basics/_section.md", "---\ntitle: The basics\n---\n")
                .bank("1-basics/1-first.md", "---\ntitle: First steps\npass: 50%\n---\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n")
                .bank("1-basics/2-second.md", "# Second steps\n\n**1.** Pick c.\n\n- [ ] b\n- [x] c\n")
                .bank("2-more/more.md", "# More\n\n**1.** Pick d.\n\n- [x] d\n- [ ] e\n");
        site.generate();
        server = new StaticServer(site.output, PREFIX);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    @Test
    void aLearnerWalksTheCourseAndTheIndexRemembersTheScore() {
        browser.open(server.url("index.html"));
        assertEquals("The basics", browser.driver().findElement(By.cssSelector(".course-section h2")).getText());
        browser.driver().findElement(By.linkText("First steps")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith(PREFIX + "1-basics/1-first.html"));

        browser.choose(browser.questions().get(0), Set.of(0));
        browser.quiz().findElement(By.cssSelector("[data-action=submit]")).click();
        browser.await().until(d -> browser.quiz().getDomAttribute("data-score"));
        assertEquals("true", browser.quiz().getDomAttribute("data-passed"));

        browser.driver().findElement(By.cssSelector("a[rel=next]")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith(PREFIX + "1-basics/2-second.html"));
        assertEquals("Second steps", browser.driver().findElement(By.tagName("h1")).getText());
        WebElement next = browser.driver().findElement(By.cssSelector("a[rel=next]"));
        assertTrue(next.getText().contains("More"), next.getText());
        next.click();
        browser.await().until(d -> d.getCurrentUrl().endsWith(PREFIX + "2-more/more.html"));
        browser.driver().findElement(By.cssSelector("a[rel=prev]")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith(PREFIX + "1-basics/2-second.html"));

        browser.driver().findElement(By.cssSelector(".site-nav a")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith(PREFIX + "index.html"));
        WebElement first = browser.driver().findElement(By.cssSelector("[data-quiz-entry='1-basics/1-first']"));
        assertEquals("Best score: 100% · passed", first.findElement(By.cssSelector(".quiz-progress")).getText());
        assertEquals("true", first.getDomAttribute("data-passed"));
        WebElement second = browser.driver().findElement(By.cssSelector("[data-quiz-entry='1-basics/2-second']"));
        assertEquals("", second.findElement(By.cssSelector(".quiz-progress")).getText(), "not attempted yet");

        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE));
        for (String path : server.served) {
            assertTrue(path.startsWith(PREFIX), "request outside the course: " + path);
        }
    }
}
