package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.kind.QuestionKind;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.QuizSettings.Reveal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Key stage: derives salts, ids, hashed answer keys and explanation locks. Everything derives from the content and
 * the configured secret, so builds are reproducible. The scheme is described in docs/answer-keys.md and mirrored by
 * the page's keys.js. Thread-safe: quizzes may be keyed in parallel.
 */
public final class AnswerKeys {
    /** Names the key scheme (docs/answer-keys.md); a new scheme gives every question new salts and keys. */
    static final String SCHEME = "mdquiz-v3";
    private static final int SALT_HEX_LENGTH = 32;

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
        List<Derivation> stretched = keyed.stream().filter(k -> k.plan().stretched())
                .flatMap(k -> k.plan().derivations().stream()).toList();
        Map<Derivation, byte[]> derived = DerivedKeyCache.load(options.cache(), quiz.id()).deriveAll(stretched, function);
        KeyEntries entries = new KeyEntries(
                derivation -> derivation.stretched() ? derived.get(derivation) : derivation.compute(function));
        boolean lockable = quiz.settings().reveal() == Reveal.ON_CORRECT;
        List<QuestionKey> keys = new ArrayList<>();
        for (Keyed question : keyed) {
            keys.add(entries.build(question.plan(), question.ids(), question.rightIds(),
                    lockable && question.hasLockableText()));
        }
        return keys;
    }

    /** A plan, the public ids that go with it, and whether the question has text a lock could hide. */
    private record Keyed(ResponsePlan plan, List<String> ids, List<String> rightIds, boolean hasLockableText) {
    }

    private Keyed plan(String quizId, Question question) {
        QuestionKind kind = QuestionKind.of(question.answer());
        String salt = salt(quizId, question, kind);
        KeyPlan plan = kind.keyPlan(salt);
        // open answers (a dictionary, a number line) are stretched; responses that can be listed need not be
        int iterations = kind.openAnswer() ? options.textIterations() : options.choiceIterations();
        boolean lockable = !question.explanation().isEmpty()
                || kind.optionFeedback().stream().anyMatch(feedback -> !feedback.isEmpty());
        return new Keyed(new ResponsePlan(quizId, question.id(), salt, iterations, plan.parts()), plan.ids(),
                plan.rightIds(), lockable);
    }

    /** The canonical form of a choice response: the chosen option ids, sorted, joined with commas. */
    public static String canonicalChoice(List<String> chosenIds) {
        return String.join(",", chosenIds.stream().sorted().toList());
    }

    /**
     * Derived from the secret and what the page shows of the question, never from its answer: the salt is public,
     * and anything computed from an answer without the stretch would be a cheaper test of a guess.
     */
    private String salt(String quizId, Question question, QuestionKind kind) {
        // the question text as a reader sees it: its blanks as ___, never what they accept
        String content = SCHEME + "-salt\n" + options.secret() + "\n" + quizId + "\n" + question.id() + "\n"
                + PlainText.of(question.stem()) + "\n" + kind.publicShape();
        return Sha256.hex(content, SALT_HEX_LENGTH);
    }
}
