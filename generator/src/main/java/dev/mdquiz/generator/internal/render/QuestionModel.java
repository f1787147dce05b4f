package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.model.Answer;
import dev.mdquiz.generator.internal.model.ChoiceOption;
import dev.mdquiz.generator.internal.model.Question;

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

    static Map<String, Object> of(Question question, QuestionKey key) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", question.id());
        model.put("number", question.number());
        model.put("type", question.type().attribute());
        model.put("points", question.points());
        model.put("salt", key.salt());
        model.put("keys", String.join(" ", key.keys()));
        model.put("stemHtml", question.stemHtml());
        model.put("hintHtml", question.hintHtml());
        model.put("explanationHtml", question.explanationHtml());
        model.put("options", List.of());
        model.put("items", List.of());
        model.put("lefts", List.of());
        model.put("rights", List.of());
        Answer answer = question.answer();
        if (answer instanceof Answer.Choice choice) {
            model.put("options", options(choice, key));
        } else if (answer instanceof Answer.Ordering ordering) {
            model.put("items", items(ordering, key));
        } else if (answer instanceof Answer.Matching matching) {
            putMatching(model, matching, key);
        }
        return model;
    }

    private static List<Map<String, Object>> options(Answer.Choice choice, QuestionKey key) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < choice.options().size(); i++) {
            ChoiceOption option = choice.options().get(i);
            options.add(Map.of("id", key.ids().get(i), "html", option.html(), "feedbackHtml", option.feedbackHtml()));
        }
        return options;
    }

    /** Items in id order: unrelated to the correct order, and never equal to it. */
    private static List<Map<String, Object>> items(Answer.Ordering ordering, QuestionKey key) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < ordering.items().size(); i++) {
            Answer.Item item = ordering.items().get(i);
            items.add(Map.of("id", key.ids().get(i), "html", item.html(), "text", item.text()));
        }
        List<Map<String, Object>> shown = new ArrayList<>(items);
        shown.sort(Comparator.comparing(item -> (String) item.get("id")));
        if (shown.equals(items) && shown.size() > 1) {
            shown.add(shown.remove(0));
        }
        return shown;
    }

    private static void putMatching(Map<String, Object> model, Answer.Matching matching, QuestionKey key) {
        List<Map<String, Object>> lefts = new ArrayList<>();
        Map<String, Map<String, Object>> rights = new TreeMap<>(); // by id: an order unrelated to the pairs
        for (int i = 0; i < matching.pairs().size(); i++) {
            Answer.Pair pair = matching.pairs().get(i);
            lefts.add(Map.of("id", key.ids().get(i), "html", pair.leftHtml()));
            rights.putIfAbsent(key.rightIds().get(i), Map.of("id", key.rightIds().get(i), "text", pair.rightText()));
        }
        model.put("lefts", lefts);
        model.put("rights", List.copyOf(rights.values()));
    }
}
