package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.QuizSettings;
import dev.mdquiz.generator.model.QuizSettings.Feedback;
import dev.mdquiz.generator.model.QuizSettings.Reveal;
import dev.mdquiz.generator.model.SourcePosition;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns front matter values into {@link QuizSettings}, reporting unknown keys and invalid values. */
final class SettingsReader {
    static final List<String> KEYS = List.of("title", "description", "lang", "pass", "shuffle", "pick", "feedback", "reveal",
            "order");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})(?:\\.0+)?\\s*%?");

    private final FrontMatter.Split front;
    private final Report report;

    SettingsReader(FrontMatter.Split front, Report report) {
        this.front = front;
        this.report = report;
    }

    QuizSettings read() {
        for (String key : front.values().keySet()) {
            if (!KEYS.contains(key)) {
                String hint = Suggestions.closest(key, KEYS).map(k -> "; did you mean '" + k + "'?").orElse("");
                report(key, Severity.WARNING, "unknown front matter key '" + key + "'" + hint);
            }
        }
        QuizSettings defaults = QuizSettings.DEFAULTS;
        String shuffle = word("shuffle", "none");
        boolean shuffleAnswers = shuffle.equals("answers") || shuffle.equals("both") || shuffle.equals("true");
        boolean shuffleQuestions = shuffle.equals("questions") || shuffle.equals("both") || shuffle.equals("true");
        if (!List.of("answers", "questions", "both", "none", "true", "false").contains(shuffle)) {
            report("shuffle", Severity.ERROR, "shuffle must be answers, questions, both or none, not '" + shuffle + "'");
        }
        return new QuizSettings(lang(), pass(), shuffleAnswers, shuffleQuestions, pick(),
                oneOf("feedback", Feedback.IMMEDIATE, Feedback::value, "immediate or on-submit"),
                oneOf("reveal", defaults.reveal(), Reveal::value, "true, false or on-correct"), order());
    }

    private String lang() {
        String lang = word("lang", "");
        if (lang.isEmpty()) {
            return "";
        }
        try {
            return new Locale.Builder().setLanguageTag(lang).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            report("lang", Severity.ERROR, "lang must be a language tag such as en, de or pt-BR, not '" + lang + "'");
            return "";
        }
    }

    private int pass() {
        Object value = front.values().get("pass");
        if (value == null) {
            return -1;
        }
        Matcher percent = PERCENT.matcher(String.valueOf(value).strip());
        if (percent.matches() && Integer.parseInt(percent.group(1)) <= 100) {
            return Integer.parseInt(percent.group(1));
        }
        report("pass", Severity.ERROR, "pass must be a percentage from 0 to 100 such as 70%, not '" + value + "'");
        return -1;
    }

    private int pick() {
        Object value = front.values().get("pick");
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number && number.longValue() >= 1 && number.longValue() <= 10_000
                && number.doubleValue() == number.longValue()) {
            return number.intValue();
        }
        report("pick", Severity.ERROR, "pick must be a whole number of questions, 1 or more, not '" + value + "'");
        return 0;
    }

    /** A whole number placing a quiz (or a section) among its siblings; smaller comes first. */
    int order() {
        Object value = front.values().get("order");
        if (value == null) {
            return QuizSettings.UNORDERED;
        }
        if (value instanceof Number number && number.doubleValue() == number.longValue()
                && Math.abs(number.longValue()) < 1_000_000) {
            return number.intValue();
        }
        report("order", Severity.ERROR, "order must be a whole number such as 1, 2 or 10, not '" + value + "'");
        return QuizSettings.UNORDERED;
    }

    /** A value of {@code fallback}'s enum, named in front matter as {@code valueOf} gives it. */
    private <E extends Enum<E>> E oneOf(String key, E fallback, Function<E, String> valueOf, String allowed) {
        String value = word(key, valueOf.apply(fallback));
        for (E constant : fallback.getDeclaringClass().getEnumConstants()) {
            if (valueOf.apply(constant).equals(value)) {
                return constant;
            }
        }
        report(key, Severity.ERROR, key + " must be " + allowed + ", not '" + value + "'");
        return fallback;
    }

    private String word(String key, String fallback) {
        Object value = front.values().get(key);
        return value == null ? fallback : String.valueOf(value).strip().toLowerCase(Locale.ROOT);
    }

    private void report(String key, Severity severity, String message) {
        SourcePosition at = front.keyPositions().getOrDefault(key, new SourcePosition(2, 1));
        report.add(at.line(), at.column(), severity, message);
    }
}
