package dev.mdquiz.generator.internal.html;

import dev.mdquiz.generator.DefaultTheme;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlPolicyTest {
    /** A class attribute of a template, without FreeMarker expressions. */
    private static final Pattern TEMPLATE_CLASS = Pattern.compile("class=\"([^\"$<]*)\"");
    /** A class selector in the style sheet or in one of the script's string literals. */
    private static final Pattern SELECTOR = Pattern.compile("(?<![\\w.-])\\.([a-z][a-z0-9-]*)");
    private static final Pattern STRING = Pattern.compile("'([^'\\n]*)'|\"([^\"\\n]*)\"");
    private static final Pattern CLASS_NAME = Pattern.compile("className\\s*=\\s*'([^']*)'|classList\\.\\w+\\(\\s*'([^']*)'");

    /** An author's element must never be styled as, or found by the script instead of, one of the theme's own. */
    @Test
    void reservedClassesAreEveryClassTheDefaultThemeUses() throws Exception {
        Set<String> used = new TreeSet<>();
        for (Map.Entry<String, byte[]> file : DefaultTheme.files().entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            String name = file.getKey();
            if (name.endsWith(".ftlh")) {
                all(TEMPLATE_CLASS, text).forEach(value -> used.addAll(Set.of(value.trim().split("\\s+"))));
            } else if (name.endsWith(".css")) {
                used.addAll(all(SELECTOR, text.replaceAll("url\\([^)]*\\)", "")));
            } else if (name.endsWith(".js")) {
                for (String literal : all(STRING, text)) {
                    used.addAll(all(SELECTOR, literal));
                }
                all(CLASS_NAME, text).forEach(value -> used.addAll(Set.of(value.trim().split("\\s+"))));
            }
        }
        used.remove("");
        assertEquals(used, new TreeSet<>(HtmlPolicy.RESERVED_CLASSES));
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    found.add(matcher.group(group));
                }
            }
        }
        return found;
    }
}
