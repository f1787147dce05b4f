package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.internal.text.PlainText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The template's view of one question: plain maps, lists and strings. */
final class QuestionModel {
    private QuestionModel() {
    }

    /** @param html renders the question's parts, its blanks named in the page's language */
    static Map<String, Object> of(Question question, QuestionKey key, MarkupHtml html) {
        boolean locked = key.lock().isPresent();
        String explanation = html.html(question.explanation());
        List<String> feedback = question.answer() instanceof Answer.Choice choice
                ? choice.options().stream().map(option -> html.html(option.feedback())).toList() : List.of();
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
        Answer answer = question.answer();
        if (answer instanceof Answer.Choice choice) {
            model.put("options", options(choice, locked ? List.of() : feedback, key, html));
        } else if (answer instanceof Answer.Ordering ordering) {
            model.put("items", items(ordering, key, html));
        } else if (answer instanceof Answer.Matching matching) {
            putMatching(model, matching, key, html);
        }
        return model;
    }

    /** @param feedback each option's feedback HTML; none when the question is locked */
    private static List<Map<String, Object>> options(Answer.Choice choice, List<String> feedback, QuestionKey key,
                                                     MarkupHtml html) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < choice.options().size(); i++) {
            options.add(Map.of("id", key.ids().get(i), "html", html.html(choice.options().get(i).text()),
                    "feedbackHtml", feedback.isEmpty() ? "" : feedback.get(i)));
        }
        return options;
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

    /**
     * Items in id order, unrelated to the correct order. It may still happen to be the correct order: the page's
     * script then moves one item (quiz.js, unsolve), since any change made here would depend on the answer.
     */
    private static List<Map<String, Object>> items(Answer.Ordering ordering, QuestionKey key, MarkupHtml html) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < ordering.items().size(); i++) {
            Answer.Item item = ordering.items().get(i);
            items.add(Map.of("id", key.ids().get(i), "html", html.html(item.text()),
                    "text", PlainText.of(item.text())));
        }
        items.sort(Comparator.comparing(item -> (String) item.get("id")));
        return items;
    }

    /** Left-hand sides in source order; right-hand sides, whose select shows them as text, in id order. */
    private static void putMatching(Map<String, Object> model, Answer.Matching matching, QuestionKey key,
                                    MarkupHtml html) {
        List<Map<String, Object>> lefts = new ArrayList<>();
        Map<String, Map<String, Object>> rights = new TreeMap<>(); // by id: an order unrelated to the pairs
        for (int i = 0; i < matching.pairs().size(); i++) {
            Answer.Pair pair = matching.pairs().get(i);
            lefts.add(Map.of("id", key.ids().get(i), "html", html.html(pair.left())));
            rights.putIfAbsent(key.rightIds().get(i), Map.of("id", key.rightIds().get(i),
                    "text", PlainText.of(pair.right())));
        }
        model.put("lefts", lefts);
        model.put("rights", List.copyOf(rights.values()));
    }
}
