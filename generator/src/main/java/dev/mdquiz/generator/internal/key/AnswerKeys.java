package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.model.Answer;
import dev.mdquiz.generator.internal.model.NumericGrid;
import dev.mdquiz.generator.internal.model.Question;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Key stage: derives salts, ids and hashed answer keys. Everything derives from the content and the configured
 * secret, so builds are reproducible. The scheme is described in docs/answer-keys.md and mirrored by the page's
 * script: a key is {@code SHA-256(salt|quizId|questionId|part|value)}.
 */
public final class AnswerKeys {
    private static final int SALT_HEX_LENGTH = 32;
    private static final int ID_HEX_LENGTH = 8;

    private final String secret;

    public AnswerKeys(String secret) {
        this.secret = secret;
    }

    public QuestionKey keyFor(String quizId, Question question) {
        String salt = salt(quizId, question);
        Hasher hasher = new Hasher(salt, quizId, question.id());
        Answer answer = question.answer();
        if (answer instanceof Answer.Choice choice) {
            List<String> ids = ids(salt, "option", choice.options().size());
            List<String> correct = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (choice.options().get(i).correct()) {
                    correct.add(ids.get(i));
                }
            }
            return new QuestionKey(salt, List.of(hasher.hash("choice", canonicalChoice(correct))), ids, List.of());
        }
        if (answer instanceof Answer.FillIn fillIn) {
            Set<String> keys = new TreeSet<>();
            for (int i = 0; i < fillIn.blanks().size(); i++) {
                String part = "b" + (i + 1);
                for (String value : acceptedValues(fillIn.blanks().get(i))) {
                    keys.add(hasher.hash(part, value));
                }
            }
            return new QuestionKey(salt, List.copyOf(keys), List.of(), List.of());
        }
        if (answer instanceof Answer.Ordering ordering) {
            List<String> ids = ids(salt, "item", ordering.items().size());
            return new QuestionKey(salt, List.of(hasher.hash("order", String.join(",", ids))), ids, List.of());
        }
        if (answer instanceof Answer.Matching matching) {
            List<String> leftIds = ids(salt, "left", matching.pairs().size());
            Map<String, String> rightIdByText = new LinkedHashMap<>();
            List<String> rightIds = new ArrayList<>();
            for (Answer.Pair pair : matching.pairs()) {
                rightIds.add(rightIdByText.computeIfAbsent(pair.rightText(),
                        text -> ids(salt, "right|" + text, 1).get(0)));
            }
            Set<String> keys = new TreeSet<>();
            for (int i = 0; i < leftIds.size(); i++) {
                keys.add(hasher.hash(leftIds.get(i), rightIds.get(i)));
            }
            return new QuestionKey(salt, List.copyOf(keys), leftIds, rightIds);
        }
        return new QuestionKey(salt, List.of(), List.of(), List.of());
    }

    /** The canonical form of a choice response: the chosen option ids, sorted, joined with commas. */
    public static String canonicalChoice(List<String> chosenIds) {
        return String.join(",", chosenIds.stream().sorted().toList());
    }

    private static List<String> acceptedValues(Answer.Blank blank) {
        if (blank instanceof Answer.TextBlank text) {
            return text.variants().stream().map(AnswerText::normalize).distinct().toList();
        }
        return NumericGrid.of((Answer.NumericBlank) blank).points().stream().map(BigInteger::toString).toList();
    }

    private String salt(String quizId, Question question) {
        String content = "mdquiz-salt\n" + secret + "\n" + quizId + "\n" + question.id() + "\n"
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

    /** Hashes the parts of one question's response. */
    public record Hasher(String salt, String quizId, String questionId) {
        public String hash(String part, String value) {
            return Sha256.hex(salt + "|" + quizId + "|" + questionId + "|" + part + "|" + value);
        }
    }
}
