package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.kind.QuestionKind;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.QuizSettings;
import dev.mdquiz.generator.model.Section;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Render stage: quiz pages and the course index through FreeMarker. The data model is plain maps, lists and
 * strings. Thread-safe once built.
 */
public final class PageRenderer {
    private final Theme theme;
    /** The site as the index page sees it: its style and script. */
    private final Map<String, Object> site;
    /** The site as quiz pages see it, by what they carry: see {@link #siteFor}. */
    private final Map<PageKind, Map<String, Object>> quizSites = new ConcurrentHashMap<>();
    /** UI text by page language, resolved once per language; pages may render concurrently. */
    private final Map<String, PageText> texts = new ConcurrentHashMap<>();
    /** The theme's inline scripts and styles and the scripts' messages, each encoded once for every page. */
    private final EncodedTexts encoded = new EncodedTexts();
    /** The largest page so far, to size the next one's buffer. */
    private final AtomicInteger largestPage = new AtomicInteger(8 * 1024);

    /**
     * A page language's UI text: all of it for the templates, the {@code js.} keys as JSON for the scripts; and the
     * HTML of the quizzes' parts, whose blanks are named in it.
     */
    private record PageText(Map<String, String> msg, String json, MarkupHtml html) {
    }

    /**
     * @param siteId     namespaces the learner's saved progress, so two courses on one web origin keep theirs apart
     * @param siteLanguage   BCP 47 tag of the index page and of quiz pages whose front matter sets no {@code lang}
     * @param themeDirectory overrides default theme files by name (message bundles key by key); null for none
     */
    public PageRenderer(String siteTitle, String siteLanguage, String siteId, Path themeDirectory) throws ThemeException {
        this.theme = new Theme(themeDirectory);
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", siteTitle);
        site.put("lang", siteLanguage);
        site.put("dir", direction(siteLanguage));
        site.put("id", siteId);
        site.put("style", encoded.add(theme.indexStyle));
        site.put("styleHash", Sha256.cspSource(theme.indexStyle));
        site.put("indexScript", encoded.add(theme.indexScript));
        site.put("indexScriptHash", Sha256.cspSource(theme.indexScript));
        this.site = Map.copyOf(site);
    }

    /** What a quiz page carries of the theme beyond what every page does; {@code scorm} for a packaged page. */
    private record PageKind(Set<ThemePart> parts, boolean locked, boolean scorm) {
    }

    /**
     * A quiz page carries the theme parts its questions need (their kinds' scripts and styles, code.js and
     * code.css where there is code to answer) and lock.js where a question is locked, and nothing else; a packaged
     * page's script starts with the SCORM bridge. Made once per kind of page, so that its script is joined, hashed
     * and encoded once.
     */
    private Map<String, Object> siteFor(Quiz quiz, List<QuestionKey> keys, boolean scorm) {
        Set<ThemePart> parts = EnumSet.noneOf(ThemePart.class);
        quiz.questions().forEach(question -> parts.addAll(QuestionKind.of(question.answer()).themeParts(question)));
        boolean locked = keys.stream().anyMatch(key -> key.lock().isPresent());
        return quizSites.computeIfAbsent(new PageKind(parts, locked, scorm), kind -> {
            Theme.PageAssets assets = theme.pageAssets(kind.parts(), kind.locked());
            String script = kind.scorm() ? theme.scormScript + "\n" + assets.script() : assets.script();
            Map<String, Object> quizSite = new LinkedHashMap<>(site);
            quizSite.put("style", encoded.add(assets.style()));
            quizSite.put("styleHash", Sha256.cspSource(assets.style()));
            quizSite.put("script", encoded.add(script));
            quizSite.put("scriptHash", Sha256.cspSource(script));
            return Map.copyOf(quizSite);
        });
    }

    private static String direction(String languageTag) {
        return Language.rightToLeft(languageTag) ? "rtl" : "ltr";
    }

    private PageText text(String languageTag) {
        return texts.computeIfAbsent(languageTag, tag -> {
            Map<String, String> msg = theme.messages(tag);
            MarkupHtml html = new MarkupHtml(msg.getOrDefault("blank", "{0}"), msg.getOrDefault("blankInCode", "{0}"));
            return new PageText(msg, encoded.add(Json.object(scriptMessages(msg))), html);
        });
    }

    /** Changes whenever any theme file changes. */
    public String themeFingerprint() {
        return theme.fingerprint;
    }

    /** The messages the page's script needs, without their "js." prefix. */
    private static Map<String, String> scriptMessages(Map<String, String> messages) {
        Map<String, String> script = new TreeMap<>();
        messages.forEach((key, value) -> {
            if (key.startsWith("js.")) {
                script.put(key.substring(3), value);
            }
        });
        return script;
    }

    /** A quiz page (UTF-8) and its version: a hash of what the page publishes of the quiz, see {@link #version}. */
    public record RenderedQuiz(byte[] html, String version) {
        public String htmlText() {
            return new String(html, StandardCharsets.UTF_8);
        }
    }

    public RenderedQuiz renderQuiz(Quiz quiz, List<QuestionKey> keys, Navigation navigation) throws ThemeException {
        return renderQuiz(quiz, keys, navigation.indexHref(), neighbour(navigation, navigation.previous()),
                neighbour(navigation, navigation.next()), siteFor(quiz, keys, false));
    }

    /**
     * The quiz's page as a SCORM package holds it: the site's page without the course around it (no link to the
     * index or the neighbours, which the package does not hold), its script preceded by the theme's SCORM bridge
     * ({@code scorm.js}) and the policy allowing both by hash.
     */
    public RenderedQuiz renderScormQuiz(Quiz quiz, List<QuestionKey> keys) throws ThemeException {
        return renderQuiz(quiz, keys, "", Map.of(), Map.of(), siteFor(quiz, keys, true));
    }

    private RenderedQuiz renderQuiz(Quiz quiz, List<QuestionKey> keys, String indexHref, Map<String, Object> previous,
            Map<String, Object> next, Map<String, Object> site) throws ThemeException {
        Map<String, Object> model = quizModel(quiz, keys);
        String version = PublishedVersion.of(model);
        model.put("version", version);
        model.put("indexHref", indexHref);
        model.put("previous", previous);
        model.put("next", next);
        PageText text = text((String) model.get("lang"));
        return new RenderedQuiz(render("quiz.ftlh", Map.of("site", site, "quiz", model, "msg", text.msg(),
                "messagesJson", text.json())), version);
    }

    /**
     * Identifies this content of the quiz, so that a learner's saved progress of older content is not restored.
     * Computed from what the page publishes of the quiz (text, keys, locks), never from its source: a hash of the
     * bank would be a test of a guessed answer that skips the key derivation.
     */
    public String version(Quiz quiz, List<QuestionKey> keys) {
        return PublishedVersion.of(quizModel(quiz, keys));
    }

    /** Everything the page shows of the quiz; navigation, which neighbours change, is added by the caller. */
    private Map<String, Object> quizModel(Quiz quiz, List<QuestionKey> keys) {
        QuizSettings settings = quiz.settings();
        String lang = settings.lang().isEmpty() ? (String) site.get("lang") : settings.lang();
        PageText text = text(lang);
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            questions.add(QuestionModel.of(quiz.questions().get(i), keys.get(i), text.html()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", quiz.id());
        model.put("title", quiz.title());
        model.put("description", quiz.description());
        model.put("introHtml", text.html().html(quiz.intro()));
        model.put("lang", lang);
        model.put("dir", direction(lang));
        model.put("pass", settings.passPercent() < 0 ? "" : Integer.toString(settings.passPercent()));
        model.put("shuffleAnswers", settings.shuffleAnswers());
        model.put("shuffleQuestions", settings.shuffleQuestions());
        model.put("pick", settings.pick() > 0 && settings.pick() < questions.size() ? Integer.toString(settings.pick()) : "");
        model.put("feedback", settings.feedback().value());
        model.put("reveal", settings.reveal() == QuizSettings.Reveal.ANSWER);
        model.put("questions", questions);
        return model;
    }

    private static Map<String, Object> neighbour(Navigation navigation, Quiz quiz) {
        return quiz == null ? Map.of() : Map.of("href", navigation.href(quiz), "title", quiz.title());
    }

    /**
     * @param intro    the top-level {@code _section.md} body
     * @param versions each quiz's {@link #version}, by quiz id
     */
    public byte[] renderIndex(List<Section> sections, Markup intro, Map<String, String> versions)
            throws ThemeException {
        PageText text = text((String) site.get("lang")); // the index is in the site's language
        List<Map<String, Object>> sectionModels = new ArrayList<>();
        for (Section section : sections) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Quiz quiz : section.quizzes()) {
                entries.add(Map.of(
                        "id", quiz.id(),
                        "version", versions.get(quiz.id()),
                        "href", Navigation.href("index.html", PageLinks.pagePath(quiz)),
                        "title", quiz.title(),
                        "description", quiz.description(),
                        "questionCount", quiz.questions().size()));
            }
            sectionModels.add(Map.of("id", "section-" + sectionModels.size(), "title", section.title(),
                    "introHtml", text.html().html(section.intro()), "quizzes", entries));
        }
        return render("index.ftlh", Map.of("site", site, "introHtml", text.html().html(intro),
                "sections", sectionModels, "msg", text.msg(), "messagesJson", text.json()));
    }

    /** The page in UTF-8. */
    private byte[] render(String templateName, Map<String, Object> model) throws ThemeException {
        try {
            Template template = theme.freemarker().getTemplate(templateName);
            PageWriter out = new PageWriter(encoded, largestPage.get());
            template.process(model, out);
            byte[] page = out.toByteArray();
            largestPage.accumulateAndGet(page.length, Math::max);
            return page;
        } catch (ParseException e) {
            throw new ThemeException(theme.describe(e.getTemplateName()) + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": template error: " + e.getEditorMessage(), e);
        } catch (TemplateException e) {
            throw new ThemeException(theme.describe(e.getTemplateSourceName()) + ":" + e.getLineNumber()
                    + ": template error: " + e.getMessageWithoutStackTop().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new ThemeException("cannot load template " + theme.describe(templateName) + ": " + e.getMessage(), e);
        }
    }
}
