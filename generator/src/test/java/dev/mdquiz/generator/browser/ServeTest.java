package dev.mdquiz.generator.browser;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.PreviewServer;
import dev.mdquiz.generator.QuizBuildException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The author's loop in a real browser: a page open in the preview reloads with the new text when its bank is
 * saved, shows a broken bank's problems in an accessible overlay, loses the overlay when the bank is fixed, and a
 * page whose file did not change is left alone; what leaves the preview folder is refused; the port is free as
 * soon as the preview stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTest {
    private static final String LOOPS = """
            # Loops

            **1.** Which loop runs its body at least once?

            - [x] do-while
            - [ ] while
            """;
    private static final String INTRO = """
            # Intro

            **1.** Is this the first quiz?

            - [x] yes
            - [ ] no
            """;

    @TempDir
    static Path project;
    static Path source;
    static PreviewServer preview;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        source = project.resolve("src/quiz");
        write("1-intro.md", INTRO);
        write("2-loops.md", LOOPS);
        GeneratorConfig config = GeneratorConfig.builder(source, project.resolve("target/quiz-preview"))
                .displayRoot(project)
                .buildDirectory(project.resolve("target"))
                .cacheDirectory(project.resolve("target/quiz-preview-cache"))
                .siteTitle("Course")
                .keyIterations(0)
                .build();
        preview = PreviewServer.builder(config).port(0).listener(new PreviewServer.Listener() {
            @Override
            public void built(BuildResult result, List<String> changed, Duration took) {
                System.out.println("[serve] built in " + took.toMillis() + " ms: " + changed);
            }

            @Override
            public void failed(QuizBuildException failure, Duration took) {
                System.out.println("[serve] failed: " + failure.getMessage());
            }

            @Override
            public void trouble(String message) {
                System.out.println("[serve] " + message);
            }
        }).start();
        browser = Browser.start();
        // a page asked about while it reloads may answer that its document went away: ask again
        browser.await().ignoring(JavascriptException.class).ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, preview);
    }

    private static void write(String path, String text) throws IOException {
        Files.createDirectories(source.resolve(path).getParent());
        Files.writeString(source.resolve(path), text);
    }

    private static String url(String path) {
        return preview.url().resolve(path).toString();
    }

    /** Marks the open page, so that a reload (which forgets the mark) shows. */
    private static void mark() {
        browser.script("window.__notReloaded = true;");
    }

    private static boolean reloaded() {
        return !Boolean.TRUE.equals(browser.script("return window.__notReloaded === true;"));
    }

    /** Waits until the page listens for builds: an edit before that would be heard of only as it connects. */
    private static void awaitListening() {
        browser.await().until(d -> "listening".equals(browser.script("return window.mdquizPreview;")));
    }

    private static String text() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    @Test
    void anEditReloadsItsPageABrokenBankShowsItsProblemsAndTheFixTakesThemAway() throws Exception {
        browser.open(url("2-loops.html"));
        browser.clearLogs();
        awaitListening();
        mark();
        write("2-loops.md", LOOPS.replace("runs its body", "always runs its body"));
        browser.await().until(d -> reloaded() && text().contains("always runs its body"));

        awaitListening();
        mark();
        write("2-loops.md", LOOPS.replace("- [x] do-while", "- [ ] do-while")); // saved half-way: no correct option
        WebElement overlay = browser.await().until(d -> d.findElements(By.cssSelector("[role=alertdialog]")).stream()
                .findFirst().orElse(null));
        String shown = overlay.getText();
        assertTrue(shown.contains("src/quiz/2-loops.md:5:1: error: question 1 has no correct option"), shown);
        assertEquals(overlay, browser.driver().switchTo().activeElement(), "the overlay takes the focus");
        assertEquals("mdquiz-preview-title", overlay.getDomAttribute("aria-labelledby"));
        assertTrue(overlay.findElement(By.id("mdquiz-preview-title")).getText().startsWith("The build failed"));
        assertTrue(text().contains("always runs its body"), "the last good page stays");
        assertFalse(reloaded(), "a failed build reloads nothing");
        assertEquals(List.of(), overlay.findElements(By.cssSelector("a")), "no links out of the overlay");
        Emulation emulation = new Emulation(browser);
        emulation.screenshot(ScreenshotTest.SCREENSHOTS.resolve("serve-overlay.png"));
        assertEquals(List.of(), emulation.axeViolations());
        emulation.colorScheme("dark");
        assertEquals(List.of(), emulation.axeViolations(), "dark");
        emulation.colorScheme("light");
        overlay.sendKeys(Keys.ESCAPE); // the author may read the page under it
        browser.await().until(d -> d.findElements(By.cssSelector("[role=alertdialog]")).isEmpty());

        write("2-loops.md", LOOPS.replace("runs its body", "runs its body once or more"));
        browser.await().until(d -> reloaded() && text().contains("once or more"));
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("[role=alertdialog]")));
        assertEquals(List.of(), browser.consoleMessages(Level.SEVERE), "no script or policy errors");
    }

    @Test
    void theOverlayGoesOnTheNextGoodBuildEvenWithoutAReload() {
        browser.open(url("1-intro.html"));
        awaitListening();
        mark();
        try {
            write("2-loops.md", LOOPS.replace("[x]", "[ ]"));
            browser.await().until(d -> !d.findElements(By.cssSelector("[role=alertdialog]")).isEmpty());
            write("2-loops.md", LOOPS);
            browser.await().until(d -> d.findElements(By.cssSelector("[role=alertdialog]")).isEmpty());
            assertFalse(reloaded(), "the intro page did not change");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pagesWhoseFilesDidNotChangeStayAndProgressSurvivesAReloadOfAnUnchangedQuiz() throws Exception {
        browser.openQuiz(url("1-intro.html"));
        awaitListening();
        browser.choose(browser.questions().get(0), Set.of(0));
        mark();
        // another bank's question: only its page and the index change
        write("2-loops.md", LOOPS.replace("Which loop", "Which kind of loop"));
        Thread.sleep(1_500);
        assertFalse(reloaded(), "a page whose file did not change is not reloaded");

        // the next quiz's title shows in this page's navigation: the page changes, its quiz does not
        write("2-loops.md", LOOPS.replace("# Loops", "# Loops and conditions"));
        browser.await().until(d -> reloaded() && d.findElement(By.tagName("body")).getText().contains("Loops and conditions"));
        List<WebElement> questions = browser.questions();
        browser.await().until(d -> Browser.inputs(questions.get(0)).get(0).isSelected());
    }

    @Test
    void pathsOutOfThePreviewFolderAreNotFound() throws Exception {
        Files.writeString(project.resolve("target/secret.txt"), "secret");
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt",
                "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd")) {
            String response = raw(path);
            assertTrue(response.startsWith("HTTP/1.1 404 "), path + ": " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("secret") || response.contains("root:"), path);
        }
        browser.open(url("no-such-page.html"));
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Not found"));
    }

    /** A request whose path goes out exactly as written (a browser would normalise it first). */
    private static String raw(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), preview.url().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void stoppingFreesThePortAtOnce() throws Exception {
        browser.open(url("1-intro.html"));
        awaitListening();
        int port = preview.url().getPort();
        long start = System.nanoTime();
        preview.close();
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "stops within a second");
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
    }
}
