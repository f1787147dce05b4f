package dev.mdquiz.generator.internal.kind;

import dev.mdquiz.generator.internal.answers.AnswerRow;
import dev.mdquiz.generator.internal.key.KeyPlan;
import dev.mdquiz.generator.internal.parse.AnswerSource;
import dev.mdquiz.generator.internal.parse.CodeInfo;
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
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** A numbered list to put in order; the source order is the answer, so nothing public may follow it. */
public final class OrderingKind implements QuestionKind {
    /** The deepest indentation the page shows (code.css has a rule per level). */
    static final int MAX_INDENT = 8;
    private final Answer.Ordering ordering;

    OrderingKind(Answer.Ordering ordering) {
        this.ordering = ordering;
    }

    public static boolean isOrderingList(Node block) {
        return block instanceof OrderedList;
    }

    /** A code block marked {@code order}: its lines are the items of a Parsons problem. */
    public static boolean isCodeToOrder(Node block) {
        return CodeInfo.has(block, CodeInfo.ORDER);
    }

    /**
     * Parse stage, Parsons problem: each non-empty line an item in the correct order, without its indentation, which
     * becomes the item's level: the block's smallest indentation is level 0, and the smallest step above it one level.
     */
    public static Answer.Ordering parseCode(Node node, boolean gradeIndent, SourcePosition fallback, AnswerSource source) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        String language = CodeInfo.language(block);
        String code = block.getLiteral();
        List<String> lines = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<SourcePosition> positions = new ArrayList<>();
        int offset = 0;
        for (String line : code.split("\n", -1)) {
            if (!line.isBlank()) {
                int lead = line.length() - line.stripLeading().length();
                lines.add(line.strip());
                widths.add(width(line.substring(0, lead)));
                positions.add(AnswerSource.inCode(block, offset + lead, fallback));
            }
            offset += line.length() + 1;
        }
        int base = widths.stream().min(Integer::compare).orElse(0);
        int step = widths.stream().mapToInt(w -> w - base).filter(w -> w > 0).min().orElse(1);
        List<Answer.Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int indent = widths.get(i) - base;
            if (indent % step != 0) {
                source.error(positions.get(i), "this line is indented " + indent + " columns past the block's"
                        + " least-indented lines, not a multiple of its indentation step (" + step + "): indent each"
                        + " level by " + step);
            } else if (indent / step > MAX_INDENT) {
                source.error(positions.get(i), "this line is indented " + indent / step + " levels deep; a Parsons"
                        + " problem shows at most " + MAX_INDENT);
            }
            FencedCodeBlock line = new FencedCodeBlock();
            line.setInfo(language);
            line.setLiteral(lines.get(i)); // no line end: the item is one line, with nothing under it
            items.add(new Answer.Item(Markup.of(List.of(line)), positions.get(i), Math.min(MAX_INDENT, indent / step)));
        }
        return new Answer.Ordering(items, SourcePosition.of(block, fallback), new Answer.CodeOrder(language, gradeIndent));
    }

    /** Columns of leading white space, a tab reaching the next multiple of four as editors show it. */
    private static int width(String whitespace) {
        int width = 0;
        for (char c : whitespace.toCharArray()) {
            width = c == '\t' ? (width / 4 + 1) * 4 : width + 1;
        }
        return width;
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

    private String text(int item) {
        return PlainText.of(ordering.items().get(item).text());
    }

    @Override
    public void check(Question question, Report report) {
        Checks.requireText(question, report);
        if (ordering.isCode()) {
            // lines that read the same may trade places (keyPlan), so they are no mistake here
            if (ordering.items().size() < 2) {
                report.error(ordering.position(), "question " + question.number() + " needs at least two lines of"
                        + " code to order: the code block marked order holds " + ordering.items().size());
            }
            return;
        }
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

    /**
     * The items sorted: their source order is the answer. A Parsons problem adds its language and whether indentation
     * is graded; where it is not, the page shows each line's indentation, so it is part of the line here.
     */
    @Override
    public String publicShape() {
        StringBuilder out = new StringBuilder(ordering.type().attribute());
        List<String> shown = texts();
        if (ordering.isCode()) {
            out.append("\ncode ").append(ordering.code().language()).append(gradeIndent() ? " indent" : "");
            shown = new ArrayList<>();
            for (int i = 0; i < ordering.items().size(); i++) {
                shown.add((gradeIndent() ? "" : shownIndent(i) + "|") + text(i));
            }
        }
        shown.stream().sorted().forEach(item -> out.append('\n').append(item));
        return out.toString();
    }

    /**
     * The response is the items' ids in order; with graded indentation each id carries its level ({@code id:2}). Lines
     * of a Parsons problem that the page shows the same ({@code }}, {@code else:} at one indentation) may trade
     * places: each stands for the least of their ids, which the page shows on each as {@code data-as}.
     */
    @Override
    public KeyPlan keyPlan(String salt) {
        List<String> ids = PublicIds.of(salt, "item", texts());
        List<String> keyIds = keyIds(ids);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(keyIds.get(i) + (gradeIndent() ? ":" + ordering.items().get(i).indent() : ""));
        }
        return new KeyPlan(ids, List.of(), List.of(ResponsePart.whole("order", String.join(",", order))));
    }

    /** Each item's id in the response: its own, or for a line of code that reads as others do, the least of theirs. */
    private List<String> keyIds(List<String> ids) {
        if (!ordering.isCode()) {
            return ids;
        }
        Map<String, String> least = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            least.merge(shownLine(i), ids.get(i), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return IntStream.range(0, ids.size()).mapToObj(i -> least.get(shownLine(i))).toList();
    }

    /** A line as the page shows it: its text, and its indentation unless the learner sets it. */
    private String shownLine(int item) {
        return shownIndent(item) + "|" + text(item);
    }

    private boolean gradeIndent() {
        return ordering.isCode() && ordering.code().gradeIndent();
    }

    /** The level the page shows a line at: its own, or 0 where the learner sets it. */
    private int shownIndent(int item) {
        return gradeIndent() ? 0 : ordering.items().get(item).indent();
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
        return ordering.isCode() ? EnumSet.of(ThemePart.ORDERING, ThemePart.CODE) : EnumSet.of(ThemePart.ORDERING);
    }

    /**
     * Items in id order, unrelated to the correct order. It may still happen to be the correct order: the page's
     * script then moves one item (quiz.js, unsolve), since any change made here would depend on the answer.
     */
    @Override
    public void pageModel(Question question, Map<String, Object> model, QuestionKey key, MarkupHtml html,
                          List<String> feedbackHtml) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> keyIds = keyIds(key.ids());
        for (int i = 0; i < ordering.items().size(); i++) {
            Markup text = ordering.items().get(i).text();
            Map<String, Object> item = new HashMap<>(Map.of("id", key.ids().get(i), "html", html.html(text),
                    "text", PlainText.of(text)));
            if (ordering.isCode()) {
                item.put("indent", shownIndent(i));
                if (Collections.frequency(keyIds, keyIds.get(i)) > 1) {
                    item.put("as", keyIds.get(i));
                }
            }
            items.add(item);
        }
        items.sort(Comparator.comparing(item -> (String) item.get("id")));
        model.put("items", items);
        model.put("codeOrder", ordering.isCode());
        model.put("gradeIndent", gradeIndent());
    }

    @Override
    public List<AnswerRow> answerRows(PlainText form) {
        List<AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < ordering.items().size(); i++) {
            Answer.Item item = ordering.items().get(i);
            if (ordering.isCode()) {
                // a line of code with its level in words: leading spaces do not survive a table or a list
                rows.add(new AnswerRow("line " + (i + 1) + (item.indent() > 0 ? ", indent " + item.indent() : ""),
                        form.code(text(i))));
            } else {
                rows.add(new AnswerRow("position " + (i + 1), form.render(item.text())));
            }
        }
        return rows;
    }
}
