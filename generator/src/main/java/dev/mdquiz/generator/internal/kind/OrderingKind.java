package dev.mdquiz.generator.internal.kind;

import dev.mdquiz.generator.internal.answers.AnswerRow;
import dev.mdquiz.generator.internal.key.KeyPlan;
import dev.mdquiz.generator.internal.key.PublicIds;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.key.ResponsePart;
import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A numbered list to put in order; the source order is the answer, so nothing public may follow it. */
public final class OrderingKind implements QuestionKind {
    private final Answer.Ordering ordering;

    OrderingKind(Answer.Ordering ordering) {
        this.ordering = ordering;
    }

    public static boolean isOrderingList(Node block) {
        return block instanceof OrderedList;
    }

    /** Parse stage: the items in their correct order, each its item's content. */
    public static Answer.Ordering parse(Node list, SourcePosition fallback) {
        List<Answer.Item> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<Node> content = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                content.add(child);
            }
            items.add(new Answer.Item(Markup.inline(content), SourcePosition.of(item, fallback)));
        }
        return new Answer.Ordering(items, SourcePosition.of(list, fallback));
    }

    private List<String> texts() {
        return ordering.items().stream().map(item -> PlainText.of(item.text())).toList();
    }

    @Override
    public void check(Question question, Report report) {
        Checks.requireText(question, report);
        if (ordering.items().size() < 2) {
            report.error(ordering.position(), "question " + question.number()
                    + " needs at least two items to order");
        }
        Checks.distinct(texts(), ordering.items().stream().map(Answer.Item::position).toList(), "item", report);
    }

    @Override
    public List<String> giveaways() {
        return List.of();
    }

    /** The items sorted: their source order is the answer. */
    @Override
    public String publicShape() {
        StringBuilder out = new StringBuilder(ordering.type().attribute());
        texts().stream().sorted().forEach(item -> out.append('\n').append(item));
        return out.toString();
    }

    @Override
    public KeyPlan keyPlan(String salt) {
        List<String> ids = PublicIds.of(salt, "item", texts());
        return new KeyPlan(ids, List.of(), List.of(ResponsePart.whole("order", String.join(",", ids))));
    }

    @Override
    public boolean openAnswer() {
        return false;
    }

    @Override
    public List<Markup> optionFeedback() {
        return List.of();
    }

    /**
     * Items in id order, unrelated to the correct order. It may still happen to be the correct order: the page's
     * script then moves one item (quiz.js, unsolve), since any change made here would depend on the answer.
     */
    @Override
    public void pageModel(Question question, Map<String, Object> model, QuestionKey key, MarkupHtml html,
                          List<String> feedbackHtml) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < ordering.items().size(); i++) {
            Markup text = ordering.items().get(i).text();
            items.add(Map.of("id", key.ids().get(i), "html", html.html(text), "text", PlainText.of(text)));
        }
        items.sort(Comparator.comparing(item -> (String) item.get("id")));
        model.put("items", items);
    }

    @Override
    public List<AnswerRow> answerRows(PlainText form) {
        List<AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < ordering.items().size(); i++) {
            rows.add(new AnswerRow("position " + (i + 1), form.render(ordering.items().get(i).text())));
        }
        return rows;
    }
}
