package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.model.QuizSettings;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.StringWriter;
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
    private final Map<String, String> messages;
    private final String messagesJson;

    public PageRenderer(String siteTitle) throws ThemeException {
        this.theme = new Theme();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", siteTitle);
        site.put("lang", "en");
        site.put("style", theme.style);
        site.put("script", theme.script);
        site.put("styleHash", Sha256.cspSource(theme.style));
        site.put("scriptHash", Sha256.cspSource(theme.script));
        this.site = Map.copyOf(site);
        this.messages = theme.messages;
        this.messagesJson = Json.object(scriptMessages(theme.messages));
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

    public String renderQuiz(Quiz quiz, List<QuestionKey> keys) throws ThemeException {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            questions.add(QuestionModel.of(quiz.questions().get(i), keys.get(i)));
        }
        QuizSettings settings = quiz.settings();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", quiz.id());
        model.put("title", quiz.title());
        model.put("description", quiz.description());
        model.put("introHtml", quiz.introHtml());
        model.put("lang", settings.lang().isEmpty() ? site.get("lang") : settings.lang());
        model.put("indexHref", relativePrefix(quiz.pagePath()) + "index.html");
        model.put("pass", settings.passPercent() < 0 ? "" : Integer.toString(settings.passPercent()));
        model.put("shuffleAnswers", settings.shuffleAnswers());
        model.put("shuffleQuestions", settings.shuffleQuestions());
        model.put("pick", settings.pick() > 0 && settings.pick() < questions.size() ? Integer.toString(settings.pick()) : "");
        model.put("feedback", settings.feedback().value());
        model.put("reveal", settings.reveal());
        model.put("questions", questions);
        return render("quiz.ftlh", Map.of("site", site, "quiz", model, "msg", messages, "messagesJson", messagesJson));
    }

    public String renderIndex(List<Quiz> quizzes) throws ThemeException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Quiz quiz : quizzes) {
            entries.add(Map.of(
                    "href", quiz.pagePath(),
                    "title", quiz.title(),
                    "description", quiz.description(),
                    "questionCount", quiz.questions().size()));
        }
        return render("index.ftlh", Map.of("site", site, "quizzes", entries, "msg", messages));
    }

    /** "../" once per folder level, so links work from file://, a domain root or a sub-path. */
    static String relativePrefix(String pagePath) {
        return "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
    }

    private String render(String templateName, Map<String, Object> model) throws ThemeException {
        try {
            Template template = theme.freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new ThemeException(e.getTemplateName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": template error: " + e.getEditorMessage(), e);
        } catch (TemplateException e) {
            throw new ThemeException(e.getTemplateSourceName() + ":" + e.getLineNumber() + ": template error: "
                    + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new ThemeException("cannot load template " + templateName + ": " + e.getMessage(), e);
        }
    }
}
