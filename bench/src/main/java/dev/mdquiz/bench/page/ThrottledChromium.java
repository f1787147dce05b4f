package dev.mdquiz.bench.page;

import dev.mdquiz.bench.measure.Trees;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Chromium as a weak phone: DevTools CPU throttling, browser cache off, a phone-sized window, and
 * the first-answer probe injected into every document. The browser and chromedriver binaries are given
 * explicitly, so Selenium Manager never runs.
 */
public final class ThrottledChromium implements AutoCloseable {
    public static final Path CHROMIUM = Path.of(System.getProperty("mdquiz.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("mdquiz.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Milliseconds after navigation start. */
    public record Load(double answerableMillis, double domContentLoadedMillis, double loadEventMillis) {
    }

    private final ChromeDriver driver;
    private final Path profile;

    private ThrottledChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static ThrottledChromium start(int cpuSlowdown) throws IOException {
        Path profile = Files.createTempDirectory("mdquiz-bench-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=412,915", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            Trees.delete(profile);
            throw e;
        }
        ThrottledChromium browser = new ThrottledChromium(driver, profile);
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", cpuSlowdown));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", probeScript()));
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** Opens {@code url} in a blank state and waits until its first answer control is clickable. */
    public Load load(String url) {
        driver.get("about:blank");
        driver.get(url);
        JavascriptExecutor js = driver;
        new WebDriverWait(driver, TIMEOUT).pollingEvery(Duration.ofMillis(25))
                .withMessage("no answer control became clickable on " + url)
                .until(d -> js.executeScript("return window.__mdquizBench && window.__mdquizBench.answerableAt"));
        @SuppressWarnings("unchecked")
        Map<String, Number> times = (Map<String, Number>) js.executeScript(
                "const nav = performance.getEntriesByType('navigation')[0];"
                        + "return {answerable: window.__mdquizBench.answerableAt,"
                        + " domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd};");
        return new Load(times.get("answerable").doubleValue(), times.get("domContentLoaded").doubleValue(),
                times.get("load").doubleValue());
    }

    private static String probeScript() throws IOException {
        try (InputStream in = ThrottledChromium.class.getResourceAsStream("/dev/mdquiz/bench/first-answer-probe.js")) {
            if (in == null) {
                throw new IOException("first-answer-probe.js is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Trees.delete(profile);
        }
    }
}
