package dev.mdquiz.generator.internal.serve;

import dev.mdquiz.generator.internal.key.Sha256;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reload script goes into pages as they are served, allowed by its hash beside the page's own. */
class ReloadClientTest {
    private static final String SCRIPT = ReloadClient.script("abc123", 7);
    private static final String HASH = Sha256.cspSource(SCRIPT);

    @Test
    void theScriptGoesBeforeTheEndOfTheBodyAndItsHashIntoThePolicy() {
        String page = """
                <!DOCTYPE html>
                <html><head>
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'self'; script-src 'sha256-own='">
                </head><body><p>x</p>
                <script>own()</script>
                </body>
                </html>
                """;
        String served = ReloadClient.inject(page, SCRIPT);
        assertTrue(served.contains("content=\"default-src 'none'; connect-src 'self'; script-src 'sha256-own=' "
                + HASH + "\""), served);
        assertTrue(served.contains("<script>own()</script>\n<script>" + SCRIPT + "</script>\n</body>"), served);
        assertEquals(page.length() + HASH.length() + 1 + "<script></script>\n".length() + SCRIPT.length(), served.length());
    }

    @Test
    void theScriptKnowsItsSessionAndGeneration() {
        assertTrue(SCRIPT.contains("var session = 'abc123', generation = 7;"));
        assertTrue(SCRIPT.contains(ReloadClient.EVENTS_PATH));
        assertFalse(SCRIPT.contains("innerHTML"), "text goes in through textContent only");
        assertThrows(IllegalArgumentException.class, () -> ReloadClient.script("x'; alert(1); '", 1));
    }

    @Test
    void aPageWithoutBodyEndOrPolicyGetsTheScriptAtItsEnd() {
        assertEquals("<p>x</p><script>" + SCRIPT + "</script>\n", ReloadClient.inject("<p>x</p>", SCRIPT));
    }

    @Test
    void theLastBodyEndCountsAndCaseDoesNot() {
        String served = ReloadClient.inject("<body><pre>&lt;/body&gt; </BODY></pre></BODY >", SCRIPT);
        assertTrue(served.endsWith("<script>" + SCRIPT + "</script>\n</BODY >"), served);
    }

    @Test
    void policiesGainTheScriptAndSameOriginConnectionsWhereTheyRestrictThem() {
        assertEquals("default-src 'none'; script-src " + HASH + "; connect-src 'self'",
                ReloadClient.addToPolicy("default-src 'none'", HASH));
        assertEquals("script-src 'self' " + HASH + "; connect-src x 'self'",
                ReloadClient.addToPolicy("script-src 'self'; connect-src 'none' x", HASH));
        assertEquals("script-src " + HASH, ReloadClient.addToPolicy("script-src 'none'", HASH));
        assertEquals("connect-src *; script-src-elem 'a' " + HASH, ReloadClient.addToPolicy("connect-src *; script-src-elem 'a'", HASH));
        assertEquals("img-src 'self'", ReloadClient.addToPolicy("img-src 'self';", HASH));
    }

    @Test
    void policiesInSingleQuotesOrOtherAttributeOrdersAreFound() {
        String served = ReloadClient.inject("<META content='script-src &#39;sha256-own=&#39;' HTTP-EQUIV=content-security-policy><body></body>", SCRIPT);
        assertTrue(served.startsWith("<META content='script-src &#39;sha256-own=&#39; " + HASH.replace("'", "&#39;")
                + "' HTTP-EQUIV=content-security-policy>"), served);
    }

    @Test
    void otherMetaElementsStayAsTheyAre() {
        String page = "<meta name=\"description\" content=\"script-src 'none'\"><meta charset=\"utf-8\"></body>";
        assertTrue(ReloadClient.inject(page, SCRIPT).startsWith("<meta name=\"description\" content=\"script-src 'none'\"><meta charset=\"utf-8\"><script>"));
    }
}
