package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.model.ChoiceOption;
import dev.mdquiz.generator.internal.model.Question;
import dev.mdquiz.generator.internal.model.Quiz;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Render stage: quiz pages and the course index through FreeMarker. The data model is plain maps, lists and
 * strings. Thread-safe once built.
 */
public final class PageRenderer {
    private final Theme theme;
    private final Map<String, Object> site;

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
    }

    public String renderQuiz(Quiz quiz, List<QuestionKey> keys) throws ThemeException {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            questions.add(questionModel(quiz.questions().get(i), keys.get(i)));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", quiz.id());
        model.put("title", quiz.title());
        model.put("description", quiz.description());
        model.put("introHtml", quiz.introHtml());
        model.put("indexHref", relativePrefix(quiz.pagePath()) + "index.html");
        model.put("questions", questions);
        return render("quiz.ftlh", Map.of("site", site, "quiz", model));
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
        return render("index.ftlh", Map.of("site", site, "quizzes", entries));
    }

    private static Map<String, Object> questionModel(Question question, QuestionKey key) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            ChoiceOption option = question.options().get(i);
            options.add(Map.of(
                    "id", key.optionIds().get(i),
                    "html", option.html(),
                    "feedbackHtml", option.feedbackHtml()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", key.questionId());
        model.put("number", question.number());
        model.put("type", question.type().attribute());
        model.put("salt", key.salt());
        model.put("key", key.key());
        model.put("stemHtml", question.stemHtml());
        model.put("explanationHtml", question.explanationHtml());
        model.put("options", options);
        return model;
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
