package dev.mdquiz.generator.internal.kind;

import dev.mdquiz.generator.internal.answers.AnswerRow;
import dev.mdquiz.generator.internal.key.KeyPlan;
import dev.mdquiz.generator.internal.key.PublicIds;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.key.ResponsePart;
import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.internal.render.ThemePart;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.SourcePosition;
import dev.mdquiz.generator.internal.parse.AnswerSource;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** {@code left -> right} pairs: each left-hand side gets a select of the right-hand sides. */
public final class MatchingKind implements QuestionKind {
    private static final Pattern ARROW = Pattern.compile("\\s*(?:->|→)\\s*");

    private final Answer.Matching matching;

    MatchingKind(Answer.Matching matching) {
        this.matching = matching;
    }

    /** A bullet list whose first item has an arrow. */
    public static boolean isMatchingList(Node block, AnswerSource source) {
        return block instanceof BulletList && block.getFirstChild() != null
                && ARROW.matcher(source.text(block.getFirstChild().getFirstChild() == null
                ? block.getFirstChild() : block.getFirstChild().getFirstChild())).find();
    }

    /** Parse stage: each item a pair, its sides parsed as inline Markdown where they stand in the line. */
    public static Answer.Matching parse(Node list, SourcePosition fallback, AnswerSource source) {
        List<Answer.Pair> pairs = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            SourcePosition position = SourcePosition.of(item, fallback);
            Node text = item.getFirstChild();
            String line = text == null ? "" : source.text(text);
            String[] sides = ARROW.split(line, 2);
            if (sides.length < 2 || sides[0].isBlank() || sides[1].isBlank()) {
                source.error(position, "matching item needs the form 'left -> right'");
                continue;
            }
            SourcePosition start = SourcePosition.of(text, position);
            Node left = source.inline(sides[0], new SourcePosition(start.line(), start.column() + leadingSpace(sides[0])));
            Node right = source.inline(sides[1], new SourcePosition(start.line(),
                    start.column() + line.length() - sides[1].length() + leadingSpace(sides[1])));
            pairs.add(new Answer.Pair(Markup.inline(List.of(left)), Markup.inline(List.of(right)), position));
        }
        return new Answer.Matching(pairs, SourcePosition.of(list, fallback));
    }

    private static int leadingSpace(String text) {
        return text.length() - text.stripLeading().length();
    }

    private List<String> lefts() {
        return matching.pairs().stream().map(pair -> PlainText.of(pair.left())).toList();
    }

    private List<String> rights() {
        return matching.pairs().stream().map(pair -> PlainText.of(pair.right())).toList();
    }

    @Override
    public void check(Question question, Report report) {
        Checks.requireText(question, report);
        if (matching.pairs().size() < 2) {
            report.error(matching.position(), "question " + question.number()
                    + " needs at least two pairs to match");
        }
        Checks.distinct(lefts(), matching.pairs().stream().map(Answer.Pair::position).toList(), "left-hand item",
                report);
    }

    @Override
    public List<String> giveaways() {
        return List.of();
    }

    /** Left-hand sides in source order, as shown; right-hand sides sorted: their order would pair them. */
    @Override
    public String publicShape() {
        StringBuilder out = new StringBuilder(matching.type().attribute());
        lefts().forEach(left -> out.append('\n').append(left));
        rights().stream().distinct().sorted().forEach(right -> out.append("\n-> ").append(right));
        return out.toString();
    }

    /** One part per pair, named by its left-hand side's id: partial credit needs no plain answer. */
    @Override
    public KeyPlan keyPlan(String salt) {
        List<String> ids = PublicIds.of(salt, "left", lefts());
        List<String> rights = rights();
        List<String> texts = rights.stream().distinct().toList();
        List<String> textIds = PublicIds.of(salt, "right", texts);
        List<String> rightIds = rights.stream().map(right -> textIds.get(texts.indexOf(right))).toList();
        List<ResponsePart> parts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            parts.add(ResponsePart.whole(ids.get(i), rightIds.get(i)));
        }
        return new KeyPlan(ids, rightIds, parts);
    }

    @Override
    public boolean openAnswer() {
        return false;
    }

    @Override
    public List<Markup> optionFeedback() {
        return List.of();
    }

    @Override
    public Set<ThemePart> themeParts(Question question) {
        return EnumSet.of(ThemePart.MATCHING);
    }

    /** Left-hand sides in source order; right-hand sides, whose select shows them as text, in id order. */
    @Override
    public void pageModel(Question question, Map<String, Object> model, QuestionKey key, MarkupHtml html,
                          List<String> feedbackHtml) {
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

    @Override
    public List<AnswerRow> answerRows(PlainText form) {
        return matching.pairs().stream().map(pair -> new AnswerRow(form.render(pair.left()), form.render(pair.right())))
                .toList();
    }
}
