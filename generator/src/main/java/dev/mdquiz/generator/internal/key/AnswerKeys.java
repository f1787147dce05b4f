package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.key.ResponsePlan.Accepted;
import dev.mdquiz.generator.internal.key.ResponsePlan.Kind;
import dev.mdquiz.generator.internal.key.ResponsePlan.Part;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.NumericGrid;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.QuestionType;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.QuizSettings.Reveal;
import dev.mdquiz.generator.internal.text.PlainText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Key stage: derives salts, ids, hashed answer keys and explanation locks. Everything derives from the content and
 * the configured secret, so builds are reproducible. The scheme is described in docs/answer-keys.md and mirrored by
 * the page's keys.js. Thread-safe: quizzes may be keyed in parallel.
 */
public final class AnswerKeys {
    /** Names the key scheme (docs/answer-keys.md); a new scheme gives every question new salts and keys. */
    static final String SCHEME = "mdquiz-v3";
    private static final int SALT_HEX_LENGTH = 32;
    private static final int ID_HEX_LENGTH = 8;

    private final KeyOptions options;
    private final KeyFunction function;

    public AnswerKeys(KeyOptions options) {
        this(options, KeyFunction.STANDARD);
    }

    public AnswerKeys(KeyOptions options, KeyFunction function) {
        this.options = options;
        this.function = function;
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
        Map<Derivation, byte[]> derived = DerivedKeyCache.load(options.cache(), quiz.id()).deriveAll(stretched, function);
        KeyEntries entries = new KeyEntries(
                derivation -> derivation.stretched() ? derived.get(derivation) : derivation.compute(function));
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
            ids = ids(salt, "option", choice.options().stream().map(option -> text(option.text())).toList());
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
            ids = ids(salt, "item", ordering.items().stream().map(item -> text(item.text())).toList());
            parts.add(single("order", String.join(",", ids)));
        } else if (answer instanceof Answer.Matching matching) {
            ids = ids(salt, "left", matching.pairs().stream().map(pair -> text(pair.left())).toList());
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
        return !question.explanation().isEmpty() || question.answer() instanceof Answer.Choice choice
                && choice.options().stream().anyMatch(option -> !option.feedback().isEmpty());
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
        Answer.NumericBlank numeric = (Answer.NumericBlank) blank;
        NumericGrid grid = NumericGrid.of(numeric);
        if (grid.exact()) {
            return List.of(Accepted.of(NumericGrid.canonical(numeric.low())));
        }
        return grid.points().stream().map(Accepted::onGrid).toList();
    }

    private static List<String> rightIds(String salt, Answer.Matching matching) {
        List<String> rights = matching.pairs().stream().map(pair -> text(pair.right())).toList();
        List<String> texts = rights.stream().distinct().toList();
        List<String> ids = ids(salt, "right", texts);
        return rights.stream().map(right -> ids.get(texts.indexOf(right))).toList();
    }

    /**
     * Derived from the secret and what the page shows of the question, never from its answer: the salt is public,
     * and anything computed from an answer without the stretch would be a cheaper test of a guess.
     */
    private String salt(String quizId, Question question) {
        String content = SCHEME + "-salt\n" + options.secret() + "\n" + quizId + "\n" + question.id() + "\n"
                + text(question.stem()) + "\n" + publicShape(question.answer());
        return Sha256.hex(content).substring(0, SALT_HEX_LENGTH);
    }

    /** What the page shows of an answer: options in source order, ordering items and right-hand sides sorted. */
    private static String publicShape(Answer answer) {
        StringBuilder out = new StringBuilder(answer.type().attribute());
        if (answer instanceof Answer.Choice choice) {
            choice.options().forEach(option -> out.append('\n').append(text(option.text())));
        } else if (answer instanceof Answer.Ordering ordering) {
            ordering.items().stream().map(item -> text(item.text())).sorted()
                    .forEach(item -> out.append('\n').append(item));
        } else if (answer instanceof Answer.Matching matching) {
            matching.pairs().forEach(pair -> out.append('\n').append(text(pair.left())));
            matching.pairs().stream().map(pair -> text(pair.right())).distinct().sorted()
                    .forEach(right -> out.append("\n-> ").append(right));
        }
        return out.toString();
    }

    /**
     * A part as salts and ids take it: what a reader sees of it, the text the page shows (its blanks as
     * {@code ___}, never what they accept).
     */
    private static String text(Markup part) {
        return PlainText.of(part);
    }

    /**
     * One id per text, from the salt and the text (and which of several equal texts it is), never from a
     * position: an ordering item's position is its answer. Texts are taken in sorted order, so that even the rare
     * clash of two ids is resolved without regard to their positions.
     */
    private static List<String> ids(String salt, String kind, List<String> texts) {
        String[] ids = new String[texts.size()];
        Set<String> seen = new HashSet<>();
        Map<String, Integer> occurrences = new HashMap<>();
        List<Integer> bySortedText = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparing(texts::get)).toList();
        for (int i : bySortedText) {
            String base = salt + "|" + kind + "|" + occurrences.merge(texts.get(i), 1, Integer::sum) + "|" + texts.get(i);
            String id = Sha256.hex(base).substring(0, ID_HEX_LENGTH);
            for (int attempt = 1; !seen.add(id); attempt++) {
                id = Sha256.hex(base + "|" + attempt).substring(0, ID_HEX_LENGTH);
            }
            ids[i] = id;
        }
        return List.of(ids);
    }
}
