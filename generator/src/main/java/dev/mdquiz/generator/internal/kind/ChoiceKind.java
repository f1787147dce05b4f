package dev.mdquiz.generator.internal.kind;

import dev.mdquiz.generator.internal.answers.AnswerRow;
import dev.mdquiz.generator.internal.check.PickingInstruction;
import dev.mdquiz.generator.internal.check.SelectInstruction;
import dev.mdquiz.generator.internal.key.AnswerKeys;
import dev.mdquiz.generator.internal.key.KeyPlan;
import dev.mdquiz.generator.internal.key.PublicIds;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.key.ResponsePart;
import dev.mdquiz.generator.internal.parse.AnswerSource;
import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.internal.render.ThemePart;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.QuestionType;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Single choice (radio buttons) and multiple select (checkboxes) from a task list. */
public final class ChoiceKind implements QuestionKind {
    /** A task marker at the start of a list item line: the bullet, then [x], [X], [ ] or []. */
    private static final Pattern TASK_ITEM = Pattern.compile("[ \t]*[-*+][ \t]+\\[([ xX]?)\\](?=[ \t]|$)[ \t]*(.*)");
    private static final Pattern TASK_MARKER = Pattern.compile("\\[[ xX]?\\](?=[ \t]|$)");

    private final Answer.Choice choice;

    ChoiceKind(Answer.Choice choice) {
        this.choice = choice;
    }

    /** A bullet list with at least one task marker: a choice question's options. */
    public static boolean isTaskList(Node block, AnswerSource source) {
        if (!(block instanceof BulletList)) {
            return false;
        }
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (TASK_ITEM.matcher(source.firstLine(item)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Parse stage: the options, each with its feedback (a blockquote indented under it). */
    public static Answer.Choice parse(BulletList list, boolean forceMultiple, SourcePosition fallback,
                                      AnswerSource source) {
        List<ChoiceOption> options = new ArrayList<>();
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            ListItem item = (ListItem) node;
            SourcePosition position = SourcePosition.of(item, fallback);
            Matcher marker = TASK_ITEM.matcher(source.firstLine(item));
            if (!marker.matches()) {
                source.error(position, "option has no [x] or [ ] marker; mark correct options with [x] and wrong ones"
                        + " with [ ]");
                continue;
            }
            List<Node> feedback = new ArrayList<>();
            List<Node> content = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BlockQuote) {
                    for (Node quoted = child.getFirstChild(); quoted != null; quoted = quoted.getNext()) {
                        feedback.add(quoted);
                    }
                } else {
                    content.add(child);
                }
            }
            if (!content.isEmpty() && content.get(0) instanceof Paragraph paragraph) {
                Matcher inParagraph = TASK_MARKER.matcher(AnswerSource.leadingText(paragraph));
                if (inParagraph.lookingAt()) {
                    AnswerSource.dropLeadingText(paragraph, inParagraph.end());
                }
                if (paragraph.getFirstChild() == null) {
                    content.remove(0);
                }
            }
            options.add(new ChoiceOption(Markup.inline(content), !marker.group(1).isBlank(), Markup.of(feedback),
                    position));
        }
        return new Answer.Choice(options, forceMultiple, SourcePosition.of(list, fallback));
    }

    private List<String> texts() {
        return choice.options().stream().map(option -> PlainText.of(option.text())).toList();
    }

    @Override
    public void check(Question question, Report report) {
        Checks.requireText(question, report);
        int number = question.number();
        List<String> texts = texts();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                report.error(choice.options().get(i).position(), "empty option in question " + number);
            }
        }
        Checks.distinct(texts, choice.options().stream().map(ChoiceOption::position).toList(), "option", report);
        long correct = choice.correctCount();
        if (correct == 0) {
            report.error(choice.position(), "question " + number
                    + " has no correct option: mark at least one with [x]");
            return;
        }
        SelectInstruction.find(PlainText.of(question.stem())).ifPresent(instruction -> {
            if (instruction.all()) {
                if (correct == 1 && !choice.forceMultiple()) {
                    report.warning(question.position(), "question " + number
                            + " says '" + instruction.phrase() + "' but only one option is marked correct, so it shows"
                            + " radio buttons; add <!-- quiz: multiple --> to show checkboxes");
                }
            } else if (instruction.count() != correct) {
                String marked = correct + (correct == 1 ? " option is" : " options are");
                report.warning(question.position(), "question " + number + " says '"
                        + instruction.phrase() + "' but " + marked + " marked correct"
                        + (correct == 1 && instruction.count() > 1 ? ", so it shows radio buttons" : ""));
            }
        });
    }

    /** A right option of two words or more; one word such as "True" or "4" is too common to flag. */
    @Override
    public List<String> giveaways() {
        return choice.options().stream().filter(ChoiceOption::correct).map(option -> PlainText.of(option.text()))
                .filter(text -> text.split("\\s+").length >= 2).toList();
    }

    /** The options in source order, as the page shows them (or shuffles them in the browser). */
    @Override
    public String publicShape() {
        StringBuilder out = new StringBuilder(choice.type().attribute());
        texts().forEach(text -> out.append('\n').append(text));
        return out.toString();
    }

    /** One key for the whole choice; a multiple select adds one per right option, for partial credit. */
    @Override
    public KeyPlan keyPlan(String salt) {
        List<String> ids = PublicIds.of(salt, "option", texts());
        List<String> correct = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (choice.options().get(i).correct()) {
                correct.add(ids.get(i));
            }
        }
        List<ResponsePart> parts = new ArrayList<>();
        parts.add(ResponsePart.whole("choice", AnswerKeys.canonicalChoice(correct)));
        if (choice.type() == QuestionType.MULTIPLE_CHOICE) {
            parts.add(new ResponsePart("pick", correct.stream().map(ResponsePart.Accepted::of).toList(),
                    ResponsePart.Kind.PICK));
        }
        return new KeyPlan(ids, List.of(), parts);
    }

    @Override
    public boolean openAnswer() {
        return false;
    }

    @Override
    public List<Markup> optionFeedback() {
        return choice.options().stream().map(ChoiceOption::feedback).toList();
    }

    @Override
    public Set<ThemePart> themeParts(Question question) {
        return EnumSet.of(ThemePart.CHOICE);
    }

    @Override
    public void pageModel(Question question, Map<String, Object> model, QuestionKey key, MarkupHtml html,
                          List<String> feedbackHtml) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < choice.options().size(); i++) {
            options.add(Map.of("id", key.ids().get(i), "html", html.html(choice.options().get(i).text()),
                    "feedbackHtml", feedbackHtml.isEmpty() ? "" : feedbackHtml.get(i)));
        }
        model.put("options", options);
        // the theme says "select all that apply" unless the question text already says how many to pick
        model.put("selectAll", choice.type() == QuestionType.MULTIPLE_CHOICE
                && !PickingInstruction.given(PlainText.of(question.stem())));
    }

    @Override
    public List<AnswerRow> answerRows(PlainText form) {
        List<AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < choice.options().size(); i++) {
            ChoiceOption option = choice.options().get(i);
            if (option.correct()) {
                rows.add(new AnswerRow("option " + (i + 1), form.render(option.text())));
            }
        }
        return rows;
    }
}
