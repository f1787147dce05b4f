package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.internal.export.gift.GiftText;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.SourcePosition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's GIFT format (docs.moodle.org, "GIFT format"; its reference is Moodle's qformat_gift): questions
 * separated by blank lines, {@code //} comment lines, {@code $CATEGORY:} lines, {@code ::name::}, a text format
 * marker ({@code [html]}, ...), and the answer in braces: {@code {=a ~b}} choices with {@code ~%50%} weights and
 * {@code #feedback}, {@code {T}}/{@code {F}}, {@code {=a =b}} short answers, {@code {#3:0.5}}, {@code {#1..5}} and
 * {@code {#=3:0 =%50%3:1}} numbers, {@code {=a -> b}} matching, {@code ####} general feedback, {@code \}-escapes.
 * What mdquiz's format cannot hold is reported at its line.
 */
final class GiftReader {
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(html|markdown|plain|moodle)]", Pattern.CASE_INSENSITIVE);
    private static final String NUMBER = "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern TOLERANCE = Pattern.compile("\\s*(" + NUMBER + ")\\s*(?::\\s*(" + NUMBER + "))?\\s*");
    private static final Pattern RANGE = Pattern.compile("\\s*(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")\\s*");

    private final Report report;
    private final BankCollector banks;
    private final HtmlToMarkdown html = new HtmlToMarkdown(src -> src);
    /** Where each line of the file starts, to turn offsets into lines and columns. */
    private int[] lineStarts;

    GiftReader(Report report) {
        this.report = report;
        this.banks = new BankCollector(report);
    }

    List<ImportedBank> read(String source) {
        lineStarts = lineStarts(source);
        int blockStart = -1;
        int offset = 0;
        List<int[]> blocks = new ArrayList<>(); // [start, end) of each question's text, comment lines blanked
        char[] masked = source.toCharArray();
        for (String line : source.split("\n", -1)) {
            int end = offset + line.length();
            if (line.strip().startsWith("//")) {
                Arrays.fill(masked, offset, end, ' ');
            } else if (line.isBlank()) {
                if (blockStart >= 0) {
                    blocks.add(new int[]{blockStart, offset});
                    blockStart = -1;
                }
            } else if (blockStart < 0) {
                blockStart = offset;
            }
            offset = end + 1;
        }
        if (blockStart >= 0) {
            blocks.add(new int[]{blockStart, source.length()});
        }
        String clean = new String(masked);
        for (int[] range : blocks) {
            question(clean.substring(range[0], range[1]), range[0]);
        }
        return banks.banks();
    }

    private void question(String block, int start) {
        String trimmed = block.strip();
        int lead = block.indexOf(trimmed.isEmpty() ? "" : trimmed.substring(0, 1));
        if (trimmed.startsWith("$CATEGORY:")) {
            int end = trimmed.indexOf('\n');
            String path = (end < 0 ? trimmed : trimmed.substring(0, end)).substring("$CATEGORY:".length());
            banks.category(CategoryPath.segments(GiftText.unescape(path)));
            if (end >= 0 && !trimmed.substring(end).isBlank()) {
                question(trimmed.substring(end), start + lead + end);
            }
            return;
        }
        SourcePosition at = at(start + lead);
        String rest = trimmed;
        if (rest.startsWith("::")) {
            int close = indexOfUnescaped(rest, "::", 2);
            if (close < 0) {
                report.error(at, "question name is not closed: end it with '::'");
                return;
            }
            rest = rest.substring(close + 2);
        }
        int restStart = start + lead + (trimmed.length() - rest.length());
        TextFormat format = TextFormat.MOODLE;
        Matcher marker = FORMAT.matcher(rest);
        if (marker.find()) {
            format = TextFormat.named(marker.group(1), TextFormat.MOODLE);
            restStart += marker.end();
            rest = rest.substring(marker.end());
        }
        int open = indexOfUnescaped(rest, "{", 0);
        if (open < 0) {
            banks.description(at, markdown(rest, format, at));
            return;
        }
        int close = indexOfUnescaped(rest, "}", open + 1);
        if (close < 0) {
            report.error(at(restStart + open), "the answer's { is not closed: end the answers with }");
            return;
        }
        String before = rest.substring(0, open);
        String after = rest.substring(close + 1);
        String answers = rest.substring(open + 1, close);
        int answersStart = restStart + open + 1;
        new Question(at, format, before, after, answers, answersStart).read();
    }

    /** One question's parts, read into the kinds mdquiz has. */
    private final class Question {
        private final SourcePosition at;
        private final TextFormat format;
        private final String before;
        private final String after;
        private final String answers;
        private final int answersStart;
        private String explanation = "";

        Question(SourcePosition at, TextFormat format, String before, String after, String answers, int answersStart) {
            this.at = at;
            this.format = format;
            this.before = before;
            this.after = after;
            this.answers = answers;
            this.answersStart = answersStart;
        }

        void read() {
            String body = answers;
            int general = indexOfUnescaped(body, "####", 0);
            if (general >= 0) {
                explanation = markdown(body.substring(general + 4), format, at);
                body = body.substring(0, general);
            }
            String kind = body.strip();
            if (kind.isEmpty()) {
                report.warning(at, "essay question not carried over: mdquiz grades answers in the page, and an essay"
                        + " has none to grade");
                return;
            }
            if (kind.startsWith("#")) {
                numerical(body.substring(body.indexOf('#') + 1), body.indexOf('#') + 1);
            } else if (trueFalse(kind)) {
                return;
            } else if (kind.startsWith("=") && indexOfUnescaped(kind, "->", 0) >= 0) {
                matching(body);
            } else if (indexOfUnescaped(kind, "~", 0) >= 0) {
                choice(body);
            } else if (kind.startsWith("=")) {
                shortAnswer(body);
            } else {
                report.error(at(answersStart), "cannot read the answers {" + kind + "}: start each with = (right)"
                        + " or ~ (wrong), or write {T}, {F}, {#number} or {} for an essay");
            }
        }

        /** The question text; a fill-in's blank (or a choice's "missing word") stands where the braces stood. */
        private String stem(boolean blankInText) {
            boolean missingWord = !after.isBlank();
            String marker = "\uE002";
            String joined = missingWord ? before + (blankInText ? marker : "_____") + after : before;
            String markdown = markdown(joined, format, at);
            if (blankInText) {
                String placeholder = ImportedAnswer.FillIn.placeholder(0);
                markdown = missingWord ? markdown.replace(marker, placeholder) : markdown + " " + placeholder;
            }
            return markdown;
        }

        private void add(ImportedAnswer answer, String stem, boolean multiple) {
            banks.question(new ImportedQuestion(at, stem, "", answer, explanation, 1, multiple));
        }

        private boolean trueFalse(String kind) {
            String[] parts = splitUnescaped(kind, '#');
            String value = parts[0].strip().toUpperCase(Locale.ROOT);
            boolean isTrue = value.equals("T") || value.equals("TRUE");
            if (!isTrue && !value.equals("F") && !value.equals("FALSE")) {
                return false;
            }
            // {T#wrong#right}: the first feedback is for the wrong answer, the second for the right one
            String wrong = parts.length > 1 ? markdown(parts[1], format, at) : "";
            String right = parts.length > 2 ? markdown(parts[2], format, at) : "";
            add(new ImportedAnswer.Choice(List.of(
                    new ImportedAnswer.Option("True", isTrue, isTrue ? right : wrong),
                    new ImportedAnswer.Option("False", !isTrue, isTrue ? wrong : right))), stem(false), false);
            return true;
        }

        private void choice(String body) {
            List<Answer> all = answers(body, 0);
            boolean anyEquals = all.stream().anyMatch(a -> a.mark == '=');
            List<ImportedAnswer.Option> options = new ArrayList<>();
            long positive = all.stream().filter(a -> a.weight() > 0).count();
            boolean multipleAnswer = !anyEquals && positive > 1;
            for (Answer answer : all) {
                double weight = answer.weight();
                boolean correct = multipleAnswer ? weight > 0 : weight >= 100;
                if (!multipleAnswer && weight > 0 && weight < 100) {
                    report.warning(answer.at(), Dropped.partialCreditOnOption(weight, answer.plain()));
                }
                options.add(new ImportedAnswer.Option(markdown(answer.text(), format, at), correct,
                        answer.feedback() == null ? "" : markdown(answer.feedback(), format, at)));
            }
            if (multipleAnswer && all.stream().filter(a -> a.weight() > 0).mapToDouble(Answer::weight).distinct().count() > 1) {
                report.warning(at(answersStart), "unequal partial credits dropped: mdquiz gives each right option of a"
                        + " multiple-answer question the same share");
            }
            if (options.stream().filter(ImportedAnswer.Option::correct).count() > 1 && !multipleAnswer) {
                report.warning(at(answersStart), Dropped.severalFullyRight());
            }
            if (options.stream().noneMatch(ImportedAnswer.Option::correct)) {
                report.error(at(answersStart), "no option is right: mark the right one with =");
                return;
            }
            add(new ImportedAnswer.Choice(options), stem(false), multipleAnswer);
        }

        private void shortAnswer(String body) {
            List<String> variants = new ArrayList<>();
            for (Answer answer : answers(body, 0)) {
                if (answer.weight() < 100) {
                    report.warning(answer.at(), Dropped.partialCredit(answer.weight(), answer.plain()));
                    continue;
                }
                dropFeedback(answer);
                Optional<String> literal = ShortAnswerText.literal(answer.plain());
                if (literal.isEmpty()) {
                    report.warning(answer.at(), ShortAnswerText.wildcardDropped(answer.plain()));
                } else {
                    variants.add(literal.get());
                }
            }
            if (variants.isEmpty()) {
                report.error(at(answersStart), "no answer has full credit: mark the accepted answers with =");
                return;
            }
            add(new ImportedAnswer.FillIn(List.of(new ImportedAnswer.TextBlank(variants))), stem(true), false);
        }

        private void numerical(String body, int base) {
            ImportedAnswer.Blank accepted = null;
            List<Answer> all = body.strip().startsWith("=") || body.strip().startsWith("~") ? answers(body, base)
                    : List.of(new Answer('=', body, answersStart + base));
            for (Answer answer : all) {
                ImportedAnswer.Blank blank = number(answer.plain());
                if (blank == null) {
                    report.error(answer.at(), "cannot read the number \"" + answer.plain() + "\": write 3, 3:0.5"
                            + " (3 give or take 0.5) or 1..5");
                    continue;
                }
                if (answer.weight() < 100) {
                    report.warning(answer.at(), Dropped.partialCredit(answer.weight(), answer.plain()));
                } else if (accepted != null) {
                    report.warning(answer.at(), Dropped.secondNumber(answer.plain()));
                } else {
                    dropFeedback(answer);
                    accepted = blank;
                }
            }
            if (accepted == null) {
                if (all.stream().noneMatch(a -> a.weight() >= 100)) {
                    report.error(at(answersStart), "no number has full credit: write {#3:0.5} or mark one with =");
                }
                return;
            }
            add(new ImportedAnswer.FillIn(List.of(accepted)), stem(true), false);
        }

        private void matching(String body) {
            List<ImportedAnswer.Pair> pairs = new ArrayList<>();
            for (Answer answer : answers(body, 0)) {
                int arrow = indexOfUnescaped(answer.text(), "->", 0);
                if (arrow < 0) {
                    report.error(answer.at(), "matching pair needs the form '=left -> right'");
                    continue;
                }
                String left = answer.text().substring(0, arrow);
                String right = answer.text().substring(arrow + 2);
                if (left.isBlank()) {
                    report.warning(answer.at(), Dropped.extraRightSide(GiftText.unescape(right.strip())));
                    continue;
                }
                pairs.add(new ImportedAnswer.Pair(markdown(left, format, at), markdown(right, format, at)));
            }
            if (pairs.size() < 2) {
                report.error(at(answersStart), "a matching question needs at least two pairs");
                return;
            }
            add(new ImportedAnswer.Matching(pairs), stem(false), false);
        }

        private void dropFeedback(Answer answer) {
            if (answer.feedback() != null && !answer.feedback().isBlank()) {
                report.warning(answer.at(), Dropped.feedbackOnBlankAnswer(answer.plain()));
            }
        }

        /** The answers, each from its = or ~ mark to the next. */
        private List<Answer> answers(String body, int base) {
            List<Answer> found = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= body.length(); i++) {
                boolean boundary = i == body.length() || (body.charAt(i) == '=' || body.charAt(i) == '~')
                        && !escaped(body, i);
                if (i < body.length() && body.charAt(i) == '=' && i > 0 && body.charAt(i - 1) == '-') {
                    boundary = false; // never inside "->"; an "=" there would be a typo
                }
                if (boundary) {
                    if (start >= 0) {
                        found.add(new Answer(body.charAt(start), body.substring(start + 1, i), answersStart + base + start));
                    }
                    start = i;
                }
            }
            return found;
        }
    }

    /** One answer: its mark, and its text with weight and feedback still in it. */
    private final class Answer {
        final char mark;
        private final String raw;
        private final int offset;

        Answer(char mark, String raw, int offset) {
            this.mark = mark;
            this.raw = raw;
            this.offset = offset;
        }

        /** Where its mark stands. */
        SourcePosition at() {
            return GiftReader.this.at(offset);
        }

        double weight() {
            Matcher matcher = WEIGHT.matcher(raw.strip());
            return matcher.find() ? Double.parseDouble(matcher.group(1)) : mark == '=' ? 100 : 0;
        }

        /** Without weight and feedback, escapes kept. */
        String text() {
            String body = WEIGHT.matcher(raw.strip()).replaceFirst("");
            int hash = indexOfUnescaped(body, "#", 0);
            return (hash < 0 ? body : body.substring(0, hash)).strip();
        }

        String plain() {
            return GiftText.unescape(text());
        }

        String feedback() {
            String body = WEIGHT.matcher(raw.strip()).replaceFirst("");
            int hash = indexOfUnescaped(body, "#", 0);
            return hash < 0 ? null : body.substring(hash + 1).strip();
        }
    }

    private String markdown(String gift, TextFormat format, SourcePosition at) {
        String converted = format.toMarkdown(GiftText.unescape(gift).strip(), html);
        for (String dropped : html.takeDropped()) {
            report.warning(at, Dropped.html(dropped));
        }
        return converted;
    }

    private static ImportedAnswer.Blank number(String text) {
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            BigDecimal low = new BigDecimal(range.group(1));
            BigDecimal high = new BigDecimal(range.group(2));
            return low.compareTo(high) <= 0 ? new ImportedAnswer.RangeBlank(low, high) : null;
        }
        Matcher value = TOLERANCE.matcher(text);
        if (value.matches()) {
            BigDecimal tolerance = value.group(2) == null ? BigDecimal.ZERO : new BigDecimal(value.group(2)).abs();
            return new ImportedAnswer.NumberBlank(new BigDecimal(value.group(1)), tolerance);
        }
        return null;
    }

    private static boolean escaped(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    static int indexOfUnescaped(String text, String needle, int from) {
        for (int i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
            if (!escaped(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator && !escaped(text, i)) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts.toArray(String[]::new);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private SourcePosition at(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1);
    }
}
