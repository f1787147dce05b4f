package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.key.Sha256;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A page's version is the hash of its model's one canonical form, whatever order the model was built in. */
class PublishedVersionTest {

    /** The canonical form written out whole, as the version was first computed: what the page's version must stay. */
    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(map).forEach((key, entry) -> out.append(canonical(key)).append(canonical(entry)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(entry -> out.append(canonical(entry)));
            return out.append(']').toString();
        }
        String text = String.valueOf(value);
        return text.length() + ":" + text;
    }

    private static String wholeFormVersion(Map<String, Object> model) {
        return Sha256.hex("mdquiz-version\n" + canonical(model)).substring(0, 12);
    }

    @Test
    void hashesTheCanonicalFormOfTheModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Größen · 😀 and a lone \uD83D");
        model.put("questions", List.of(Map.of("id", "q1", "html", "<p>\uDE00 starts with half a pair</p>",
                "points", 2, "selectAll", true), Map.of()));
        model.put("empty", "");
        String version = PublishedVersion.of(model);
        assertEquals(wholeFormVersion(model), version);
        assertEquals(12, version.length());
    }

    @Test
    void dependsOnWhatThePagePublishesNotOnTheOrderItWasPut() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("a", "1");
        model.put("b", List.of("x", "y"));
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("b", List.of("x", "y"));
        reordered.put("a", "1");
        assertEquals(PublishedVersion.of(model), PublishedVersion.of(reordered));
        assertNotEquals(PublishedVersion.of(model), PublishedVersion.of(Map.of("a", "1", "b", List.of("y", "x"))));
    }
}
