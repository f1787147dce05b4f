package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.model.ChoiceOption;
import dev.mdquiz.generator.internal.model.Question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Key stage: derives salts, option ids and hashed answer keys. Everything derives from the content and the
 * configured secret, so builds are reproducible. The scheme is described in docs/answer-keys.md and mirrored by
 * the page's script.
 */
public final class AnswerKeys {
    private static final int SALT_HEX_LENGTH = 32;
    private static final int OPTION_ID_HEX_LENGTH = 8;

    private final String secret;

    public AnswerKeys(String secret) {
        this.secret = secret;
    }

    public QuestionKey keyFor(String quizId, Question question) {
        String questionId = "q" + question.number();
        String salt = salt(quizId, question);
        List<String> optionIds = optionIds(salt, question.options().size());
        List<String> correct = new ArrayList<>();
        for (int i = 0; i < optionIds.size(); i++) {
            if (question.options().get(i).correct()) {
                correct.add(optionIds.get(i));
            }
        }
        return new QuestionKey(questionId, salt, optionIds, hash(salt, quizId, questionId, canonicalChoice(correct)));
    }

    /** The canonical form of a choice response: the chosen option ids, sorted, joined with commas. */
    public static String canonicalChoice(List<String> chosenIds) {
        return String.join(",", chosenIds.stream().sorted().toList());
    }

    /** The hash the page recomputes from the learner's response. */
    public static String hash(String salt, String quizId, String questionId, String canonicalResponse) {
        return Sha256.hex(salt + "|" + quizId + "|" + questionId + "|" + canonicalResponse);
    }

    private String salt(String quizId, Question question) {
        StringBuilder content = new StringBuilder("mdquiz-salt\n")
                .append(secret).append('\n')
                .append(quizId).append('\n')
                .append(question.number()).append('\n')
                .append(question.stemText()).append('\n');
        for (ChoiceOption option : question.options()) {
            content.append(option.correct()).append(option.text()).append('\n');
        }
        return Sha256.hex(content.toString()).substring(0, SALT_HEX_LENGTH);
    }

    private static List<String> optionIds(String salt, int count) {
        List<String> ids = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String id = Sha256.hex(salt + "|option|" + i).substring(0, OPTION_ID_HEX_LENGTH);
            for (int attempt = 1; !seen.add(id); attempt++) {
                id = Sha256.hex(salt + "|option|" + i + "|" + attempt).substring(0, OPTION_ID_HEX_LENGTH);
            }
            ids.add(id);
        }
        return ids;
    }
}
