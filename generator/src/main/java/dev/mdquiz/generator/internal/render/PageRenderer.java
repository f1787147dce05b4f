package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.model.QuizSettings;
import dev.mdquiz.generator.internal.model.Section;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Render stage: quiz pages and the course index through FreeMarker. The data model is plain maps, lists and
 * strings. Thread-safe once built.
 */
public final class PageRenderer {
    private final Theme theme;
    private final Map<String, Object> site;
    private final String messagesJson;

    /**
     * @param siteId     namespaces the learner's saved progress, so two courses on one web origin keep theirs apart
     * @param themeDirectory overrides default theme files by name; null for none
     */
    public PageRenderer(String siteTitle, String siteLanguage, String siteId, Path themeDirectory) throws ThemeException {
        this.theme = new Theme(themeDirectory);
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", siteTitle);
        site.put("lang", siteLanguage);
        site.put("id", siteId);
        site.put("style", theme.style);
        site.put("styleHash", Sha256.cspSource(theme.style));
        site.put("script", theme.script);
        site.put("scriptHash", Sha256.cspSource(theme.script));
        site.put("indexScript", theme.indexScript);
        site.put("indexScriptHash", Sha256.cspSource(theme.indexScript));
        this.site = Map.copyOf(site);
        this.messagesJson = Json.object(scriptMessages(theme.messages));
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

    /** @param version identifies this content of the quiz, so saved progress of older content is not restored */
    public String renderQuiz(Quiz quiz, List<QuestionKey> keys, Navigation navigation, String version) throws ThemeException {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            questions.add(QuestionModel.of(quiz.questions().get(i), keys.get(i)));
        }
        QuizSettings settings = quiz.settings();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", quiz.id());
        model.put("version", version);
        model.put("title", quiz.title());
        model.put("description", quiz.description());
        model.put("introHtml", quiz.introHtml());
        model.put("lang", settings.lang().isEmpty() ? site.get("lang") : settings.lang());
        model.put("indexHref", navigation.indexHref());
        model.put("previous", neighbour(navigation, navigation.previous()));
        model.put("next", neighbour(navigation, navigation.next()));
        model.put("pass", settings.passPercent() < 0 ? "" : Integer.toString(settings.passPercent()));
        model.put("shuffleAnswers", settings.shuffleAnswers());
        model.put("shuffleQuestions", settings.shuffleQuestions());
        model.put("pick", settings.pick() > 0 && settings.pick() < questions.size() ? Integer.toString(settings.pick()) : "");
        model.put("feedback", settings.feedback().value());
        model.put("reveal", settings.reveal());
        model.put("questions", questions);
        return render("quiz.ftlh", Map.of("site", site, "quiz", model, "msg", theme.messages, "messagesJson", messagesJson));
    }

    private static Map<String, Object> neighbour(Navigation navigation, Quiz quiz) {
        return quiz == null ? Map.of() : Map.of("href", navigation.href(quiz), "title", quiz.title());
    }

    /**
     * @param introHtml the top-level {@code _section.md} body
     * @param versions  each quiz's content version, by quiz id
     */
    public String renderIndex(List<Section> sections, String introHtml, Map<String, String> versions) throws ThemeException {
        List<Map<String, Object>> sectionModels = new ArrayList<>();
        for (Section section : sections) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Quiz quiz : section.quizzes()) {
                entries.add(Map.of(
                        "id", quiz.id(),
                        "version", versions.get(quiz.id()),
                        "href", quiz.pagePath(),
                        "title", quiz.title(),
                        "description", quiz.description(),
                        "questionCount", quiz.questions().size()));
            }
            sectionModels.add(Map.of("id", "section-" + sectionModels.size(), "title", section.title(),
                    "introHtml", section.introHtml(), "quizzes", entries));
        }
        return render("index.ftlh", Map.of("site", site, "introHtml", introHtml, "sections", sectionModels,
                "msg", theme.messages, "messagesJson", messagesJson));
    }

    private String render(String templateName, Map<String, Object> model) throws ThemeException {
        try {
            Template template = theme.freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
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
