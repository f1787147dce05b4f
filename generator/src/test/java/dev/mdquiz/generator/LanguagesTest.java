package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UI text from message bundles: one per language, chosen by front matter or the site language, overridable. */
class LanguagesTest {
    /** Every kind of question, so that every piece of UI text the templates have is on the page. */
    private static final String BANK = """
            **1.** Pick a.

            > A hint.

            - [x] a
            - [ ] b

            **2.** Pick c and d.
            <!-- quiz: points=2 -->

            - [x] c
            - [x] d
            - [ ] e

            **3.** The capital of Australia is [[Canberra]].

            **4.** Put them in order.

            1. one
            2. two

            **5.** Match them.

            - x -> X
            - y -> Y

            **6.** Complete it.

            ```python blanks
            print([[x]])
            ```

            **7.** Order and indent the lines.
            <!-- quiz: indent -->

            ```python order
            if x:
                y()
            ```
            """;
    /** Template keys with the argument their {0} gets on a page built from {@link #BANK}. */
    private static final Map<String, String> TEMPLATE_KEYS = Map.ofEntries(
            Map.entry("question", "1"), Map.entry("questions.many", "7"), Map.entry("points.many", "2"),
            Map.entry("selectAll", ""), Map.entry("hint", ""), Map.entry("check", ""), Map.entry("submit", ""),
            Map.entry("retry", ""), Map.entry("reset", ""), Map.entry("noscript", ""), Map.entry("courseNav", ""), Map.entry("pagerNav", ""),
            Map.entry("blank", "1"),
            Map.entry("choose", ""), Map.entry("orderHelp", ""), Map.entry("orderIndentHelp", ""));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @TempDir
    Path project;

    private Path source(String path) {
        return project.resolve("src/quiz").resolve(path);
    }

    private void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private void bank(String path, String lang) throws IOException {
        write(source(path), (lang == null ? "" : "---\nlang: " + lang + "\n---\n") + BANK);
    }

    private GeneratorConfig.Builder config() {
        return GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("site")).displayRoot(project)
                .siteTitle("Geography");
    }

    private void build(GeneratorConfig.Builder config) throws QuizBuildException {
        new QuizGenerator(config.build()).generate();
    }

    private String page(String path) throws IOException {
        return Files.readString(project.resolve("site").resolve(path), StandardCharsets.UTF_8);
    }

    /** A bundle of the default theme, as written, without falling back to anything. */
    private static Map<String, String> bundle(String name) throws Exception {
        byte[] bytes = DefaultTheme.files().get(name);
        assertTrue(bytes != null, "default theme has " + name);
        Properties properties = new Properties();
        properties.load(new StringReader(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString()));
        Map<String, String> bundle = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> bundle.put(key, properties.getProperty(key)));
        return bundle;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The text a template key puts on the page, escaped as FreeMarker escapes it. */
    private static String shown(Map<String, String> bundle, String key) {
        return html(bundle.get(key).replace("{0}", TEMPLATE_KEYS.get(key)));
    }

    /** The JSON object the page hands its script, as a map; the generator writes flat string maps only. */
    private static Map<String, String> scriptMessages(String page) {
        Matcher json = Pattern.compile("<script type=\"application/json\" id=\"mdquiz-messages\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        assertTrue(json.find(), "the page carries its script messages");
        Map<String, String> messages = new TreeMap<>();
        Matcher entry = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json.group(1));
        while (entry.find()) {
            messages.put(unescape(entry.group(1)), unescape(entry.group(2)));
        }
        return messages;
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** The script keys of a bundle, without their "js." prefix, as the page should carry them. */
    private static Map<String, String> scriptKeys(Map<String, String> bundle) {
        Map<String, String> script = new TreeMap<>();
        bundle.forEach((key, value) -> {
            if (key.startsWith("js.")) {
                script.put(key.substring(3), value);
            }
        });
        return script;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ar"})
    void everyTranslationHasEveryKeyWithTheSamePlaceholders(String language) throws Exception {
        Map<String, String> english = bundle("messages.properties");
        Map<String, String> translation = bundle("messages_" + language + ".properties");
        assertEquals(english.keySet(), translation.keySet(), "messages_" + language + ".properties has every key and no other");
        for (String key : english.keySet()) {
            assertEquals(placeholders(english.get(key)), placeholders(translation.get(key)), key + " keeps its placeholders");
            assertFalse(translation.get(key).isBlank(), key + " is translated");
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(message).results().forEach(match -> found.add(match.group()));
        return found;
    }

    @Test
    void everyDefaultBundleIsValidUtf8() throws Exception {
        for (Map.Entry<String, byte[]> file : DefaultTheme.files().entrySet()) {
            if (file.getKey().startsWith("messages")) {
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.getValue()));
                } catch (CharacterCodingException e) {
                    throw new AssertionError(file.getKey() + " is not valid UTF-8", e);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"de, Prüfen, Frage 1, Lücke 1, Ergebnis", "fr, Vérifier, Question 1, Trou 1, Résultat",
            "es, Comprobar, Pregunta 1, Espacio en blanco 1, Puntuación", "ar, تحقق, السؤال 1, الفراغ 1, النتيجة"})
    void aBankInALanguageRendersThatLanguagesBundle(String language, String check, String question, String blank,
            String score) throws Exception {
        bank("a.md", null);
        bank("b.md", language);
        bank("c.md", null);
        build(config());
        String page = page("b.html");
        assertTrue(page.contains("<html lang=\"" + language + "\""), "page language");
        // literal spot checks, so that a bundle cannot be emptied or swapped unnoticed
        assertTrue(page.contains(">" + check + "</button>"), "check button: " + check);
        assertTrue(page.contains(">" + question + "</span>"), "question number: " + question);
        assertTrue(page.contains("aria-label=\"" + blank + "\""), "blank label: " + blank);
        String inCode = html(bundle("messages_" + language + ".properties").get("blankInCode").replace("{0}", "1")
                .replace("{1}", "1").replace("{2}", "1"));
        assertTrue(page.contains("aria-label=\"" + inCode + "\""), "blank in code: " + inCode);
        assertTrue(scriptMessages(page).get("score").startsWith(score), "score text: " + scriptMessages(page));

        Map<String, String> english = bundle("messages.properties");
        Map<String, String> bundle = bundle("messages_" + language + ".properties");
        for (String key : TEMPLATE_KEYS.keySet()) {
            assertTrue(page.contains(shown(bundle, key)), key + " is shown as " + shown(bundle, key));
            if (!bundle.get(key).equals(english.get(key))) {
                assertFalse(page.contains(shown(english, key)), key + " is not shown in English");
            }
        }
        assertTrue(page.contains(html(bundle.get("previous"))), "pager label");
        assertTrue(page.contains(html(bundle.get("next"))), "pager label");
        assertEquals(scriptKeys(bundle), scriptMessages(page), "script messages");
        // the neighbours, without lang, stay in the site language
        assertTrue(page("a.html").contains(">Check</button>"), page("a.html"));
        assertEquals(scriptKeys(english), scriptMessages(page("c.html")));
    }

    @ParameterizedTest
    @CsvSource({"pt-BR, messages.properties", "pt, messages.properties", "de-AT, messages_de.properties",
            "fr-CA, messages_fr.properties", "es-419, messages_es.properties", "ar-EG, messages_ar.properties",
            "de-DE-u-co-phonebk, messages_de.properties", "x-klingon, messages.properties"})
    void aRegionalOrUnknownTagFallsBackToItsLanguageThenEnglish(String language, String expected) throws Exception {
        bank("q.md", language);
        build(config());
        String page = page("q.html");
        assertTrue(page.contains("<html lang=\"" + language + "\""), "the page keeps the full tag");
        Map<String, String> bundle = bundle(expected);
        assertTrue(page.contains(">" + html(bundle.get("check")) + "</button>"), "check from " + expected);
        assertEquals(scriptKeys(bundle), scriptMessages(page), "script messages from " + expected);
    }

    @Test
    void theSiteLanguageAppliesToTheIndexAndToPagesWithoutLang() throws Exception {
        bank("plain.md", null);
        bank("english.md", "en");
        build(config().siteLanguage("de"));
        String index = page("index.html");
        assertTrue(index.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"), index);
        assertTrue(index.contains("7 Fragen"), index);
        assertEquals(scriptKeys(bundle("messages_de.properties")), scriptMessages(index));
        assertTrue(page("plain.html").contains("<html lang=\"de\">"));
        assertTrue(page("plain.html").contains(">Prüfen</button>"));
        assertTrue(page("english.html").contains("<html lang=\"en\">"), "front matter wins over the site language");
        assertTrue(page("english.html").contains(">Check</button>"));
    }

    @Test
    void anArabicSiteHasARightToLeftIndex() throws Exception {
        bank("plain.md", null);
        build(config().siteLanguage("ar"));
        assertTrue(page("index.html").contains("<html lang=\"ar\" dir=\"rtl\">"), page("index.html"));
        assertTrue(page("index.html").contains("عدد الأسئلة: 7"), page("index.html"));
        assertTrue(page("plain.html").contains("<html lang=\"ar\" dir=\"rtl\">"));
    }

    @ParameterizedTest
    @CsvSource({"ar, true", "ar-MA, true", "he, true", "fa, true", "ur, true", "yi, true", "ckb, true",
            "az-Arab, true", "pa-Arab, true", "de, false", "en, false", "tr, false", "az, false", "ku-Latn, false",
            "sr-Cyrl, false", "zh-Hant-TW, false", "ja, false"})
    void rightToLeftLanguagesGetDirRtl(String language, boolean rtl) throws Exception {
        bank("q.md", language);
        build(config());
        String page = page("q.html");
        assertTrue(page.contains("<html lang=\"" + language + "\"" + (rtl ? " dir=\"rtl\">" : ">")), page.substring(0, 80));
    }

    @Test
    void frontMatterAndSiteLanguageTagsAreCanonicalised() throws Exception {
        bank("q.md", "PT-br");
        build(config().siteLanguage(" DE-at "));
        assertTrue(page("q.html").contains("<html lang=\"pt-BR\">"));
        assertTrue(page("index.html").contains("<html lang=\"de-AT\">"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> config().siteLanguage("en_GB!"));
        assertEquals("language must be a language tag such as en, de or pt-BR, not 'en_GB!'", bad.getMessage());
    }

    @Test
    void anOverrideFileWithOneKeyChangesOnlyThatKey() throws Exception {
        Path theme = project.resolve("theme");
        write(theme.resolve("messages_de.properties"), "check=Antwort prüfen\n");
        write(theme.resolve("messages.properties"), "# just one\njs.correct=Well done\n");
        bank("de.md", "de");
        bank("en.md", "en");
        bank("at.md", "de-AT");
        build(config().themeDirectory(theme));

        Map<String, String> english = bundle("messages.properties");
        Map<String, String> german = bundle("messages_de.properties");
        for (String path : List.of("de.html", "at.html")) {
            String page = page(path);
            assertTrue(page.contains(">Antwort prüfen</button>"), "the overridden key");
            assertFalse(page.contains(">Prüfen</button>"));
            for (String key : TEMPLATE_KEYS.keySet()) {
                if (!key.equals("check")) {
                    assertTrue(page.contains(shown(german, key)), key + " is still German");
                }
            }
            // messages_de wins over the user's messages.properties: a German page keeps German js.correct
            assertEquals(scriptKeys(german), scriptMessages(page));
        }

        String page = page("en.html");
        assertTrue(page.contains(">Check</button>"), "the English check is unchanged");
        Map<String, String> expected = new TreeMap<>(scriptKeys(english));
        expected.put("correct", "Well done");
        assertEquals(expected, scriptMessages(page), "only js.correct changed");
        for (String key : TEMPLATE_KEYS.keySet()) {
            assertTrue(page.contains(shown(english, key)), key + " is still the default English");
        }
    }

    @Test
    void aThemeMayAddALanguageThatFallsBackToEnglishForMissingKeys() throws Exception {
        Path theme = project.resolve("theme");
        write(theme.resolve("messages_it.properties"), "check=Verifica\njs.correct=Corretto\n");
        bank("it.md", "it-CH");
        build(config().themeDirectory(theme));
        String page = page("it.html");
        assertTrue(page.contains(">Verifica</button>"));
        assertTrue(page.contains(">Submit quiz</button>"), "a key the file lacks comes from English");
        assertEquals("Corretto", scriptMessages(page).get("correct"));
        assertEquals("Incorrect", scriptMessages(page).get("incorrect"));
    }

    @Test
    void aBrokenOverrideFileNamesItself() throws Exception {
        Path theme = project.resolve("theme");
        write(theme.resolve("messages_de.properties"), "check=\\uZZZZ\n");
        bank("q.md", "de");
        ThemeException failure = assertThrows(ThemeException.class, () -> build(config().themeDirectory(theme)));
        assertTrue(failure.getMessage().startsWith("cannot read theme file " + theme.resolve("messages_de.properties")),
                failure.getMessage());
    }

    /** English words of the default bundle, none of which may be left in an Arabic page's UI. */
    private static final List<String> ENGLISH_UI_WORDS = List.of("Question", "questions", "point", "points", "select",
            "apply", "Hint", "Check", "Submit", "quiz", "Try again", "Reset", "JavaScript", "Course", "Previous",
            "Next", "Blank", "Move", "Choose", "arrow", "order", "Correct", "Incorrect", "Partly", "answered",
            "Answer", "Score", "Passed", "pass mark", "Moved", "position", "Best");

    @Test
    void noEnglishRemainsInTheUiOfAnArabicPage() throws Exception {
        String arabic = """
                ---
                lang: ar
                title: اختبار العواصم
                description: أسئلة عن الجغرافيا
                pass: 50%
                ---

                **1.** ما عاصمة مصر؟

                > تقع على نهر النيل.

                - [x] القاهرة
                - [ ] الإسكندرية
                  > مدينة ساحلية.

                **2.** اختر الأعداد الأولية.
                <!-- quiz: points=2 -->

                - [x] سبعة
                - [x] ثلاثة
                - [ ] تسعة

                **3.** عاصمة أستراليا هي [[كانبرا]].

                **4.** رتب الأعداد تصاعديًا.

                1. واحد
                2. اثنان

                **5.** صل كل دولة بعاصمتها.

                - اليابان -> طوكيو
                - كينيا -> نيروبي

                يشرح هذا السؤال الربط بين الدول والعواصم.
                """;
        write(source("1-first.md"), arabic);
        write(source("2-capitals.md"), arabic);
        write(source("3-last.md"), arabic);
        build(config().siteTitle("مقرر الجغرافيا").siteLanguage("ar"));
        for (String path : List.of("2-capitals.html", "index.html")) {
            String page = page(path);
            String ui = uiText(page);
            assertTrue(ui.contains("تحقق") || path.equals("index.html"), ui);
            for (String word : ENGLISH_UI_WORDS) {
                assertFalse(Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE).matcher(ui).find(),
                        "'" + word + "' is left in the UI of " + path + ": " + ui);
            }
            assertFalse(Pattern.compile("[A-Za-z]").matcher(ui).find(), "no Latin letters at all in " + path + ": " + ui);
        }
    }

    /**
     * What a learner reads or hears: text nodes, accessible names and titles, and the script's messages; not markup,
     * style, script code or machine attributes.
     */
    private static String uiText(String page) {
        List<String> parts = new ArrayList<>(scriptMessages(page).values());
        String html = page.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<script[^>]*>.*?</script>", " ");
        Matcher attribute = Pattern.compile("\\s(?:aria-label|title|alt|placeholder)=\"([^\"]*)\""
                + "|<meta name=\"description\" content=\"([^\"]*)\"").matcher(html);
        while (attribute.find()) {
            parts.add(attribute.group(1) != null ? attribute.group(1) : attribute.group(2));
        }
        parts.add(html.replaceAll("<!--.*?-->", " ").replaceAll("<[^>]*>", " "));
        return String.join(" | ", parts).replaceAll("\\s+", " ");
    }
}
