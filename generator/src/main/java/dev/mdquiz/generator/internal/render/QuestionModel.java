package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.kind.QuestionKind;
import dev.mdquiz.generator.model.Question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The template's view of one question: plain maps, lists and strings; the question's kind adds its own. */
final class QuestionModel {
    private QuestionModel() {
    }

    /** @param html renders the question's parts, its blanks named in the page's language */
    static Map<String, Object> of(Question question, QuestionKey key, MarkupHtml html) {
        boolean locked = key.lock().isPresent();
        String explanation = html.html(question.explanation());
        QuestionKind kind = QuestionKind.of(question.answer());
        List<String> feedback = kind.optionFeedback().stream().map(html::html).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", question.id());
        model.put("number", question.number());
        model.put("type", question.type().attribute());
        model.put("points", question.points());
        model.put("salt", key.salt());
        model.put("keys", String.join(" ", key.keys()));
        model.put("iterations", key.iterations());
        // a locked question's explanation and feedback are only in the page encrypted
        model.put("lock", key.lock().map(lock -> lock.seal(lockedHtml(explanation, feedback, key))).orElse(""));
        model.put("stemHtml", html.html(question.stem()));
        model.put("hintHtml", html.html(question.hint()));
        model.put("explanationHtml", locked ? "" : explanation);
        model.put("options", List.of());
        model.put("items", List.of());
        model.put("lefts", List.of());
        model.put("rights", List.of());
        model.put("selectAll", false);
        kind.pageModel(question, model, key, html, locked ? List.of() : feedback);
        return model;
    }

    /** The elements a locked question hides until a correct response; the page moves them into place. */
    private static String lockedHtml(String explanation, List<String> feedback, QuestionKey key) {
        StringBuilder html = new StringBuilder();
        if (!explanation.isEmpty()) {
            html.append("<div class=\"explanation\" hidden>").append(explanation).append("</div>");
        }
        for (int i = 0; i < feedback.size(); i++) {
            if (!feedback.get(i).isEmpty()) {
                html.append("<div class=\"option-feedback\" data-option=\"").append(key.ids().get(i))
                        .append("\" hidden>").append(feedback.get(i)).append("</div>");
            }
        }
        return html.toString();
    }
}
