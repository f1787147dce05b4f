package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.key.ResponsePlan.Accepted;
import dev.mdquiz.generator.internal.key.ResponsePlan.Kind;
import dev.mdquiz.generator.internal.key.ResponsePlan.Part;
import dev.mdquiz.generator.internal.model.Answer;
import dev.mdquiz.generator.internal.model.NumericGrid;
import dev.mdquiz.generator.internal.model.Question;
import dev.mdquiz.generator.internal.model.QuestionType;
import dev.mdquiz.generator.internal.model.Quiz;
import dev.mdquiz.generator.internal.model.QuizSettings.Reveal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key stage: derives salts, ids, hashed answer keys and explanation locks. Everything derives from the content and
 * the configured secret, so builds are reproducible. The scheme is described in docs/answer-keys.md and mirrored by
 * the page's keys.js. Thread-safe: quizzes may be keyed in parallel.
 */
public final class AnswerKeys {
    private static final int SALT_HEX_LENGTH = 32;
    private static final int ID_HEX_LENGTH = 8;

    private final KeyOptions options;

    public AnswerKeys(KeyOptions options) {
        this.options = options;
    }

    /**
     * The keys of every question of {@code quiz}, in question order. Stretched derivations come from the quiz's
     * cache or run on all cores; the cache is then rewritten with exactly the ones used.
     */
    public List<QuestionKey> keysFor(Quiz quiz) throws IOException {
        List<Question> questions = quiz.questions();
        List<Keyed> keyed = questions.stream().map(question -> plan(quiz.id(), question)).toList();
        List<Derivation> stretched = keyed.stream().flatMap(k -> k.plan().derivations().stream())
                .filter(Derivation::stretched).toList();
        Map<Derivation, byte[]> derived = DerivedKeyCache.load(options.cacheDirectory(), quiz.id()).deriveAll(stretched);
        KeyEntries entries = new KeyEntries(options.secret(),
                derivation -> derivation.stretched() ? derived.get(derivation) : derivation.compute());
        boolean lockable = quiz.settings().reveal() == Reveal.ON_CORRECT;
        List<QuestionKey> keys = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Keyed question = keyed.get(i);
            keys.add(entries.build(question.plan(), question.ids(), question.rightIds(),
                    lockable && hasLockableText(questions.get(i))));
        }
        return keys;
    }

    /** A plan and the public ids that go with it. */
    private record Keyed(ResponsePlan plan, List<String> ids, List<String> rightIds) {
    }

    private Keyed plan(String quizId, Question question) {
        String salt = salt(quizId, question);
        Answer answer = question.answer();
        List<String> ids = List.of();
        List<String> rightIds = List.of();
        List<Part> parts = new ArrayList<>();
        if (answer instanceof Answer.Choice choice) {
            ids = ids(salt, "option", choice.options().size());
            List<String> correct = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (choice.options().get(i).correct()) {
                    correct.add(ids.get(i));
                }
            }
            parts.add(single("choice", canonicalChoice(correct)));
            if (question.type() == QuestionType.MULTIPLE_CHOICE) {
                parts.add(new Part("pick", correct.stream().map(Accepted::of).toList(), Kind.PICK));
            }
        } else if (answer instanceof Answer.FillIn fillIn) {
            for (int i = 0; i < fillIn.blanks().size(); i++) {
                parts.add(new Part("b" + (i + 1), acceptedValues(fillIn.blanks().get(i)), Kind.BLANK));
            }
        } else if (answer instanceof Answer.Ordering ordering) {
            ids = ids(salt, "item", ordering.items().size());
            parts.add(single("order", String.join(",", ids)));
        } else if (answer instanceof Answer.Matching matching) {
            ids = ids(salt, "left", matching.pairs().size());
            rightIds = rightIds(salt, matching);
            for (int i = 0; i < ids.size(); i++) {
                parts.add(single(ids.get(i), rightIds.get(i)));
            }
        }
        return new Keyed(new ResponsePlan(quizId, question.id(), salt, iterations(question), parts), ids, rightIds);
    }

    /** Open answers (a dictionary, a number line) are stretched; responses that can be listed need not be. */
    private int iterations(Question question) {
        return question.type() == QuestionType.FILL_IN ? options.textIterations() : options.choiceIterations();
    }

    private static boolean hasLockableText(Question question) {
        return !question.explanationHtml().isEmpty() || question.answer() instanceof Answer.Choice choice
                && choice.options().stream().anyMatch(option -> !option.feedbackHtml().isEmpty());
    }

    private static Part single(String name, String value) {
        return new Part(name, List.of(Accepted.of(value)), Kind.WHOLE);
    }

    /** The canonical form of a choice response: the chosen option ids, sorted, joined with commas. */
    public static String canonicalChoice(List<String> chosenIds) {
        return String.join(",", chosenIds.stream().sorted().toList());
    }

    private static List<Accepted> acceptedValues(Answer.Blank blank) {
        if (blank instanceof Answer.TextBlank text) {
            return text.variants().stream().map(AnswerText::normalize).distinct().map(Accepted::of).toList();
        }
        NumericGrid grid = NumericGrid.of((Answer.NumericBlank) blank);
        return grid.points().stream().map(point -> grid.exact() ? Accepted.of(point.toString()) : Accepted.onGrid(point))
                .toList();
    }

    private static List<String> rightIds(String salt, Answer.Matching matching) {
        Map<String, String> rightIdByText = new LinkedHashMap<>();
        List<String> rightIds = new ArrayList<>();
        for (Answer.Pair pair : matching.pairs()) {
            rightIds.add(rightIdByText.computeIfAbsent(pair.rightText(), text -> ids(salt, "right|" + text, 1).get(0)));
        }
        return rightIds;
    }

    private String salt(String quizId, Question question) {
        String content = "mdquiz-salt\n" + options.secret() + "\n" + quizId + "\n" + question.id() + "\n"
                + question.stemText() + "\n" + fingerprint(question.answer());
        return Sha256.hex(content).substring(0, SALT_HEX_LENGTH);
    }

    /** The answer's content as one string, independent of where it stands in the file. */
    private static String fingerprint(Answer answer) {
        StringBuilder out = new StringBuilder(answer.type().attribute());
        if (answer instanceof Answer.Choice choice) {
            choice.options().forEach(o -> out.append('\n').append(o.correct() ? "[x] " : "[ ] ").append(o.text()));
        } else if (answer instanceof Answer.FillIn fillIn) {
            for (Answer.Blank blank : fillIn.blanks()) {
                out.append('\n').append(blank instanceof Answer.TextBlank text ? String.join("|", text.variants())
                        : ((Answer.NumericBlank) blank).low().toPlainString() + ".."
                        + ((Answer.NumericBlank) blank).high().toPlainString());
            }
        } else if (answer instanceof Answer.Ordering ordering) {
            ordering.items().forEach(item -> out.append('\n').append(item.text()));
        } else if (answer instanceof Answer.Matching matching) {
            matching.pairs().forEach(pair -> out.append('\n').append(pair.leftText()).append(" -> ").append(pair.rightText()));
        }
        return out.toString();
    }

    private static List<String> ids(String salt, String kind, int count) {
        List<String> ids = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String id = Sha256.hex(salt + "|" + kind + "|" + i).substring(0, ID_HEX_LENGTH);
            for (int attempt = 1; !seen.add(id); attempt++) {
                id = Sha256.hex(salt + "|" + kind + "|" + i + "|" + attempt).substring(0, ID_HEX_LENGTH);
            }
            ids.add(id);
        }
        return ids;
    }
}
