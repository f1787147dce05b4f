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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The template's view of one question: plain maps, lists and strings. */
final class QuestionModel {
    /**
     * A fill-in blank as the parse stage renders it (see BlankRenderer); its accessible name depends on the page's
     * language, so it is added here.
     */
    private static final Pattern BLANK = Pattern.compile("<input type=\"text\" class=\"blank\" data-blank=\"b(\\d+)\"");

    private QuestionModel() {
    }

    /** @param messages the page's UI text, for the blanks' labels */
    static Map<String, Object> of(Question question, QuestionKey key, Map<String, String> messages) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", question.id());
        model.put("number", question.number());
        model.put("type", question.type().attribute());
        model.put("points", question.points());
        model.put("salt", key.salt());
        model.put("keys", String.join(" ", key.keys()));
        model.put("iterations", key.iterations());
        // a locked question's explanation and feedback are only in the page encrypted
        model.put("lock", key.lock().map(lock -> lock.seal(lockedHtml(question, key))).orElse(""));
        model.put("stemHtml", labelBlanks(question.stemHtml(), messages.getOrDefault("blank", "{0}")));
        model.put("hintHtml", question.hintHtml());
        model.put("explanationHtml", key.lock().isPresent() ? "" : question.explanationHtml());
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

    /** Gives each blank an {@code aria-label} such as "Blank 1" or "Lücke 1", from the message {@code blank}. */
    static String labelBlanks(String html, String label) {
        return BLANK.matcher(html).replaceAll(blank -> Matcher.quoteReplacement(blank.group() + " aria-label=\""
                + escapeAttribute(label.replace("{0}", blank.group(1))) + "\""));
    }

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Map<String, Object>> options(Answer.Choice choice, QuestionKey key) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < choice.options().size(); i++) {
            ChoiceOption option = choice.options().get(i);
            options.add(Map.of("id", key.ids().get(i), "html", option.html(),
                    "feedbackHtml", key.lock().isPresent() ? "" : option.feedbackHtml()));
        }
        return options;
    }

    /** The elements a locked question hides until a correct response; the page moves them into place. */
    private static String lockedHtml(Question question, QuestionKey key) {
        StringBuilder html = new StringBuilder();
        if (!question.explanationHtml().isEmpty()) {
            html.append("<div class=\"explanation\" hidden>").append(question.explanationHtml()).append("</div>");
        }
        if (question.answer() instanceof Answer.Choice choice) {
            for (int i = 0; i < choice.options().size(); i++) {
                String feedback = choice.options().get(i).feedbackHtml();
                if (!feedback.isEmpty()) {
                    html.append("<div class=\"option-feedback\" data-option=\"").append(key.ids().get(i))
                            .append("\" hidden>").append(feedback).append("</div>");
                }
            }
        }
        return html.toString();
    }

    /**
     * Items in id order, unrelated to the correct order. It may still happen to be the correct order: the page's
     * script then moves one item (quiz.js, unsolve), since any change made here would depend on the answer.
     */
    private static List<Map<String, Object>> items(Answer.Ordering ordering, QuestionKey key) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < ordering.items().size(); i++) {
            Answer.Item item = ordering.items().get(i);
            items.add(Map.of("id", key.ids().get(i), "html", item.html(), "text", item.text()));
        }
        items.sort(Comparator.comparing(item -> (String) item.get("id")));
        return items;
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
