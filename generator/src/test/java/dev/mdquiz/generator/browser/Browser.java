package dev.mdquiz.generator.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A headless Chromium driven through the system chromedriver, plus the few page interactions the browser tests
 * share. Selenium Manager never runs: the driver and the browser binary are both given explicitly. A missing
 * browser fails the test class with a clear message instead of skipping it.
 */
final class Browser implements AutoCloseable {
    /** Debian's packages; override with -Dmdquiz.chromium=... and -Dmdquiz.chromedriver=... elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("mdquiz.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("mdquiz.chromedriver", "/usr/bin/chromedriver"));
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, TIMEOUT);
        wait.pollingEvery(Duration.ofMillis(20)); // verdicts arrive within milliseconds; the default polls at 500 ms
    }

    static Browser start() throws IOException {
        return start(options -> { });
    }

    /** Starts Chromium with settings beyond the tests' usual ones, such as a user's privacy preferences. */
    static Browser start(Consumer<ChromeOptions> settings) throws IOException {
        requireExecutable(CHROMIUM, "chromium", "apt-get install chromium");
        requireExecutable(CHROMEDRIVER, "chromedriver", "apt-get install chromium-driver");
        Path profile = Files.createTempDirectory("mdquiz-chromium-profile");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile);
        settings.accept(options);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw new AssertionError("cannot start Chromium " + CHROMIUM + " through " + CHROMEDRIVER + ": " + e, e);
        }
        Browser browser = new Browser(driver, profile);
        try {
            driver.get("about:blank"); // leave the start tab, whose own requests are no page's doing
            browser.clearLogs();
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    private static void requireExecutable(Path file, String property, String install) {
        if (!Files.isRegularFile(file) || !Files.isExecutable(file)) {
            fail(file + " is missing or not executable, and the browser tests need it: " + install
                    + " (or pass -Dmdquiz." + property + "=<path> to use another build)");
        }
    }

    /** Closes what a test class started, in order, skipping what never started (a failed start leaves nulls). */
    static void closeAll(AutoCloseable... resources) throws Exception {
        for (AutoCloseable resource : resources) {
            if (resource != null) {
                resource.close();
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return wait;
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens a URL after a detour through about:blank, so that no form state of an earlier visit is restored. */
    void open(String url) {
        driver.get("about:blank");
        driver.get(url);
    }

    /** Opens a quiz page and checks that it starts with nothing chosen and no verdicts. */
    void openQuiz(String url) {
        // The page resumes saved progress; tests start from a learner who never came here. Storage is cleared as the
        // page starts, after the previous page has gone: a check still running there (stretched keys take a while)
        // would otherwise save its answers again after an earlier clear.
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "try { window.localStorage.clear(); } catch (e) { /* no storage */ }"));
        try {
            open(url);
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
        assertFresh();
    }

    /** Asserts that the quiz on the page shows no answer, verdict or score. */
    void assertFresh() {
        WebElement root = quiz();
        assertNull(root.getDomAttribute("data-score"), "fresh page has no score");
        for (WebElement question : questions()) {
            assertNull(question.getDomAttribute("data-result"), "fresh page has no verdicts");
            for (WebElement input : inputs(question)) {
                assertFalse(input.isSelected(), "fresh page has no preselected answers");
            }
        }
    }

    WebElement quiz() {
        return driver.findElement(By.cssSelector("[data-quiz]"));
    }

    List<WebElement> questions() {
        return quiz().findElements(By.cssSelector("[data-question]"));
    }

    /** The choice inputs of a question, in source order. */
    static List<WebElement> inputs(WebElement question) {
        return question.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
    }

    /** Option texts of a question, from each input's label, in source order. */
    List<String> optionTexts(WebElement question) {
        List<String> texts = new ArrayList<>();
        for (WebElement input : inputs(question)) {
            texts.add(label(input).getText());
        }
        return texts;
    }

    /** The label an option's input sits in. */
    static WebElement label(WebElement input) {
        return input.findElement(By.xpath("./ancestor::label"));
    }

    /** Makes exactly the options at the given 0-based positions chosen, by clicking like a learner would. */
    void choose(WebElement question, Set<Integer> positions) {
        List<WebElement> inputs = inputs(question);
        for (int i = 0; i < inputs.size(); i++) {
            WebElement input = inputs.get(i);
            boolean radio = "radio".equals(input.getDomAttribute("type"));
            if (positions.contains(i) ? !input.isSelected() : input.isSelected() && !radio) {
                input.click(); // a radio is unchosen by choosing another one in its group
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(positions.contains(i), inputs.get(i).isSelected(), "option " + i + " chosen as asked");
        }
    }

    /** Clicks the question's check button and waits for the asynchronous verdict. */
    String check(WebElement question) {
        assertNull(question.getDomAttribute("data-result"), "no earlier verdict before checking");
        question.findElement(By.cssSelector("[data-action=check]")).click();
        return wait.until(d -> question.getDomAttribute("data-result"));
    }

    /** Clicks the submit button and waits for the score; returns {score, max score}. */
    int[] submit() {
        String[] score = submitForScore().split("/");
        return new int[] {Integer.parseInt(score[0]), Integer.parseInt(score[1])};
    }

    /** Clicks the submit button and waits for the score; returns "score/max score" as the page writes them. */
    String submitForScore() {
        WebElement root = quiz();
        assertNull(root.getDomAttribute("data-score"), "no earlier score before submitting");
        root.findElement(By.cssSelector("[data-action=submit]")).click();
        String score = wait.until(d -> root.getDomAttribute("data-score"));
        return score + "/" + root.getDomAttribute("data-max-score");
    }

    static String result(WebElement question) {
        return question.getDomAttribute("data-result");
    }

    static String resultText(WebElement question) {
        return question.findElement(By.cssSelector(".result")).getText();
    }

    /** Console messages since the last call, as "LEVEL message". */
    List<String> consoleMessages(Level atLeast) {
        List<String> messages = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= atLeast.intValue()) {
                messages.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return messages;
    }

    /** URLs of every request the pages started since the last call (CDP Network.requestWillBeSent). */
    @SuppressWarnings("unchecked")
    List<String> requestedUrls() {
        Json json = new Json();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> log = json.toType(entry.getMessage(), Json.MAP_TYPE);
            Map<String, Object> message = (Map<String, Object>) log.get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                urls.add((String) ((Map<String, Object>) params.get("request")).get("url"));
            }
        }
        return urls;
    }

    /**
     * Runs {@code action} with {@code crypto.subtle} hidden from every page it opens, as browsers hide it on an
     * insecure origin (plain http:// on a LAN address), so that the page's bundled fallbacks do the work.
     */
    <T> T withoutWebCrypto(Supplier<T> action) {
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Object.defineProperty(window.crypto, 'subtle', {value: undefined, configurable: true});"));
        try {
            return action.get();
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    /** Forgets the console and network logs gathered so far. */
    void clearLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }
}
