package dev.mdquiz.generator.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Puts answers into questions the quick way, for tests about grading and keys rather than about the controls. */
final class Answers {
    private Answers() {
    }

    /** Types one text per blank, in reading order, replacing what was there. */
    static void fill(WebElement question, String... texts) {
        List<WebElement> blanks = question.findElements(By.cssSelector("[data-blank]"));
        assertEquals(texts.length, blanks.size(), "blanks");
        for (int i = 0; i < texts.length; i++) {
            blanks.get(i).clear();
            blanks.get(i).sendKeys(texts[i]);
        }
    }

    /** Rearranges the ordering items to read {@code texts}, then tells the page the answer changed. */
    static void order(Browser browser, WebElement question, List<String> texts) {
        browser.script("""
                var list = arguments[0].querySelector('.ordering');
                arguments[1].forEach(function (text) {
                  list.appendChild(Array.prototype.find.call(list.children, function (item) {
                    return item.querySelector('.order-text').textContent.trim() === text;
                  }));
                });
                list.dispatchEvent(new Event('change', { bubbles: true }));""", question, texts);
    }

    /** Sets each line's indentation level (by its text) as the indent buttons would, then tells the page. */
    static void indent(Browser browser, WebElement question, Map<String, Integer> levels) {
        browser.script("""
                var list = arguments[0].querySelector('.ordering'), levels = arguments[1];
                Array.prototype.forEach.call(list.children, function (item) {
                  item.setAttribute('data-indent', String(levels[item.querySelector('.order-text').textContent.trim()] || 0));
                });
                list.dispatchEvent(new Event('change', { bubbles: true }));""", question, levels);
    }

    /** Picks, for each left-hand side (by its label), the right-hand side with the given text. */
    static void match(WebElement question, Map<String, String> pairs) {
        for (WebElement select : question.findElements(By.cssSelector("select[data-left]"))) {
            String left = question.findElement(By.cssSelector("label[for='" + select.getDomAttribute("id") + "']")).getText();
            new Select(select).selectByVisibleText(pairs.get(left));
        }
    }
}
