package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.NumericGrid;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.SourcePosition;
import dev.mdquiz.generator.internal.text.PlainText;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Check stage for one bank: finds what makes questions unusable (errors) or misleading (warnings). */
public final class BankChecker {

    public void check(Quiz quiz, String path, List<Diagnostic> problems) {
        if (quiz.questions().isEmpty()) {
            problems.add(new Diagnostic(path, 1, 1, Severity.ERROR,
                    "no questions found: start each question with a bold number such as **1.**"
                            + " (or, in a bank without bold numbers, a ## heading)"));
        }
        Map<String, Question> ids = new HashMap<>();
        for (Question question : quiz.questions()) {
            Question earlier = ids.putIfAbsent(question.id(), question);
            if (earlier != null) {
                problems.add(error(path, question.position(), "question id '" + question.id()
                        + "' is already used by question " + earlier.number()));
            }
            checkQuestion(question, path, problems);
            HintCheck.check(question, path, problems);
        }
    }

    private static void checkQuestion(Question question, String path, List<Diagnostic> problems) {
        int number = question.number();
        String stem = PlainText.of(question.stem());
        if (stem.isBlank() && !(question.answer() instanceof Answer.FillIn)) {
            problems.add(error(path, question.position(), "question " + number + " has no question text"));
        }
        Answer answer = question.answer();
        if (answer instanceof Answer.None) {
            problems.add(error(path, question.position(), "question " + number + " has no options and no blank:"
                    + " add a task list (- [x] right, - [ ] wrong), a [[blank]], a numbered list to order"
                    + " or a list of 'left -> right' pairs"));
        } else if (answer instanceof Answer.Choice choice) {
            checkChoice(question, stem, choice, path, problems);
        } else if (answer instanceof Answer.FillIn fillIn) {
            fillIn.blanks().forEach(blank -> checkBrowserPrecision(number, blank, path, problems));
        } else if (answer instanceof Answer.Ordering ordering) {
            if (ordering.items().size() < 2) {
                problems.add(error(path, ordering.position(), "question " + number + " needs at least two items to order"));
            }
            checkDistinct(ordering.items().stream().map(item -> PlainText.of(item.text())).toList(),
                    ordering.items().stream().map(Answer.Item::position).toList(), "item", path, problems);
        } else if (answer instanceof Answer.Matching matching) {
            if (matching.pairs().size() < 2) {
                problems.add(error(path, matching.position(), "question " + number + " needs at least two pairs to match"));
            }
            checkDistinct(matching.pairs().stream().map(pair -> PlainText.of(pair.left())).toList(),
                    matching.pairs().stream().map(Answer.Pair::position).toList(), "left-hand item", path, problems);
        }
    }

    private static void checkChoice(Question question, String stem, Answer.Choice choice, String path,
                                    List<Diagnostic> problems) {
        int number = question.number();
        List<String> texts = choice.options().stream().map(option -> PlainText.of(option.text())).toList();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                problems.add(error(path, choice.options().get(i).position(), "empty option in question " + number));
            }
        }
        checkDistinct(texts, choice.options().stream().map(ChoiceOption::position).toList(), "option", path, problems);
        long correct = choice.correctCount();
        if (correct == 0) {
            problems.add(error(path, choice.position(), "question " + number
                    + " has no correct option: mark at least one with [x]"));
            return;
        }
        SelectInstruction.find(stem).ifPresent(instruction -> {
            if (instruction.all()) {
                if (correct == 1 && !choice.forceMultiple()) {
                    problems.add(warning(path, question.position(), "question " + number
                            + " says '" + instruction.phrase() + "' but only one option is marked correct, so it shows"
                            + " radio buttons; add <!-- quiz: multiple --> to show checkboxes"));
                }
            } else if (instruction.count() != correct) {
                String marked = correct + (correct == 1 ? " option is" : " options are");
                problems.add(warning(path, question.position(), "question " + number + " says '" + instruction.phrase()
                        + "' but " + marked + " marked correct"
                        + (correct == 1 && instruction.count() > 1 ? ", so it shows radio buttons" : "")));
            }
        });
    }

    /**
     * The page rounds a number in a range to the range's grid with a double: a grid point or a bound beyond what a
     * double holds exactly would grade right answers wrong. Exact answers are compared as decimal strings.
     */
    private static void checkBrowserPrecision(int number, Answer.Blank blank, String path, List<Diagnostic> problems) {
        if (!(blank instanceof Answer.NumericBlank numeric) || numeric.low().compareTo(numeric.high()) == 0) {
            return;
        }
        NumericGrid grid = NumericGrid.of(numeric);
        BigDecimal largest = numeric.low().abs().max(numeric.high().abs()).movePointLeft(grid.exponent());
        boolean tooPrecise = Stream.of(numeric.low(), numeric.high()).anyMatch(b -> b.stripTrailingZeros().precision() > 15);
        if (tooPrecise || largest.compareTo(BROWSER_EXACT_LIMIT) >= 0) {
            problems.add(error(path, numeric.position(), "question " + number + ": the range "
                    + numeric.low().toPlainString() + ".." + numeric.high().toPlainString()
                    + " needs more precision than a browser's numbers have (15 significant digits):"
                    + " use fewer digits, or an exact answer such as [[=" + numeric.low().toPlainString() + "]]"));
        }
    }

    /** Grid points from 2^53 up are not all doubles. */
    private static final BigDecimal BROWSER_EXACT_LIMIT = new BigDecimal(BigInteger.ONE.shiftLeft(53));

    private static void checkDistinct(List<String> texts, List<SourcePosition> positions, String what, String path,
                                      List<Diagnostic> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String key = texts.get(i).strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && !seen.add(key)) {
                problems.add(warning(path, positions.get(i), "duplicate " + what + " '" + texts.get(i).strip() + "'"));
            }
        }
    }

    private static Diagnostic error(String path, SourcePosition at, String message) {
        return new Diagnostic(path, at.line(), at.column(), Severity.ERROR, message);
    }

    private static Diagnostic warning(String path, SourcePosition at, String message) {
        return new Diagnostic(path, at.line(), at.column(), Severity.WARNING, message);
    }
}
