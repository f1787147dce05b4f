package dev.mdquiz.generator.browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.util.logging.Level;
class ScratchTest {
    @TempDir Path dir;
    @Test void probe() throws Exception {
        Site site = new Site(dir).bank("a/seed.md", Site.resource(Site.SEED_STYLE));
        site.generate();
        try (Browser b = Browser.start()) {
            String url = Site.fileUrl(site.page("a/seed.md"));
            b.open(url);
            System.out.println("REQ1 " + b.requestedUrls());
            System.out.println("CON1 " + b.consoleMessages(Level.ALL));
            b.script("console.error('boom'); var i = new Image(); i.src = 'file:///nope.png'; document.body.appendChild(i); fetch('http://127.0.0.1:9/x').catch(function(){});");
            Thread.sleep(1000);
            System.out.println("REQ2 " + b.requestedUrls());
            System.out.println("CON2 " + b.consoleMessages(Level.ALL));
            b.driver().findElement(org.openqa.selenium.By.cssSelector(".site-nav a")).click();
            System.out.println("URL " + b.driver().getCurrentUrl());
            System.out.println("REQ3 " + b.requestedUrls());
            System.out.println("subtle " + b.script("return typeof window.crypto.subtle + ' ' + window.isSecureContext"));
        }
    }
}
