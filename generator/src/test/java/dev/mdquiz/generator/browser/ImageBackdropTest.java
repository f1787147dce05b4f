package dev.mdquiz.generator.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A diagram drawn in black on a transparent background stays visible in dark mode: images in question text,
 * options and explanations get a light backdrop there, and are left alone in light mode.
 */
class ImageBackdropTest {
    private static final String BANK = """
            **1.** Which shape is this?

            ![A black triangle](triangle.svg)

            - [x] A triangle
            - [ ] A square

            ![The triangle again, with its angles](triangle.svg)
            """;
    private static final String TRIANGLE = """
            <svg xmlns="http://www.w3.org/2000/svg" width="120" height="100" viewBox="0 0 120 100">
              <path d="M10 90 L60 10 L110 90 Z" fill="none" stroke="#000" stroke-width="4"/>
            </svg>
            """;

    @TempDir
    static Path directory;
    static Browser browser;
    static Emulation emulation;
    static String url;

    @BeforeAll
    static void generate() throws Exception {
        Site site = new Site(directory).bank("shapes.md", BANK);
        Files.writeString(site.source.resolve("triangle.svg"), TRIANGLE, StandardCharsets.UTF_8);
        site.generate();
        url = Site.fileUrl(site.page("shapes.md"));
        browser = Browser.start();
        emulation = new Emulation(browser);
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser);
    }

    @Test
    void imagesGetALightBackdropInDarkMode() {
        emulation.colorScheme("dark");
        try {
            browser.openQuiz(url);
            assertTrue(luminance(style(browser.driver().findElement(By.tagName("body")), "backgroundColor")) < 0.1,
                    "the page is dark");
            List<WebElement> images = images();
            for (WebElement image : images) {
                String background = style(image, "backgroundColor");
                assertTrue(alpha(background) == 1 && luminance(background) > 0.9, "a light backdrop: " + background);
                assertTrue(Double.parseDouble(style(image, "paddingTop").replace("px", "")) >= 2, "some room around the lines");
            }
        } finally {
            emulation.colorScheme("light");
        }
    }

    @Test
    void imagesAreLeftAloneInLightMode() {
        emulation.colorScheme("light");
        browser.openQuiz(url);
        for (WebElement image : images()) {
            assertEquals(0.0, alpha(style(image, "backgroundColor")), "no backdrop on a light page");
            assertEquals("0px", style(image, "paddingTop"));
        }
    }

    /** The images in the question text and in the explanation (shown after a check). */
    private static List<WebElement> images() {
        WebElement question = browser.questions().get(0);
        browser.choose(question, java.util.Set.of(0));
        browser.check(question);
        List<WebElement> images = question.findElements(By.cssSelector(".stem img, .explanation img"));
        assertEquals(2, images.size(), question.getDomProperty("innerHTML"));
        for (WebElement image : images) {
            browser.await().until(d -> Boolean.TRUE.equals(browser.script(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
        }
        return images;
    }

    private static String style(WebElement element, String property) {
        return (String) browser.script("return getComputedStyle(arguments[0])[arguments[1]];", element, property);
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");

    private static double[] channels(String color) {
        Matcher m = RGB.matcher(color);
        assertTrue(m.matches(), color);
        return new double[] {Integer.parseInt(m.group(1)) / 255.0, Integer.parseInt(m.group(2)) / 255.0,
                Integer.parseInt(m.group(3)) / 255.0, m.group(4) == null ? 1 : Double.parseDouble(m.group(4))};
    }

    private static double alpha(String color) {
        return channels(color)[3];
    }

    /** WCAG relative luminance, 0 for black to 1 for white. */
    private static double luminance(String color) {
        double[] c = channels(color);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            linear[i] = c[i] <= 0.04045 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
