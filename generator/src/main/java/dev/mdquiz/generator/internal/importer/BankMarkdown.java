package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.internal.parse.CodeInfo;
import dev.mdquiz.generator.internal.report.Report;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an imported bank in this project's format (docs/format.md): front matter with the title, the intro, then
 * numbered questions ({@code **1.**}), each with its text, a {@code > Hint:} blockquote, its answer (a task list
 * with feedback indented under the options, {@code [[...]]} blanks in the text, a numbered list to order or
 * {@code left -> right} pairs), a {@code <!-- quiz: ... -->} line for settings, and the explanation.
 */
final class BankMarkdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final Dump YAML = new Dump(DumpSettings.builder().setDefaultScalarStyle(ScalarStyle.DOUBLE_QUOTED)
            .setWidth(Integer.MAX_VALUE).setSplitLines(false).build());
    /** A fenced code block's opening line: its indentation, its fence, its info string. */
    private static final Pattern FENCE = Pattern.compile("( {0,3})(`{3,}|~{3,})(.*)");
    /** What cannot stand inside [[ ]]: its brackets and the variants' separator. */
    private static final Pattern NOT_IN_A_BLANK = Pattern.compile("[\\[\\]|]");

    private BankMarkdown() {
    }

    /** The bank's Markdown; what a blank could not hold is reported at its question. */
    static String write(ImportedBank bank, String title, Report report) {
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: ").append(yamlString(title)).append("\n---\n\n");
        if (!bank.intro().isBlank()) {
            out.append(bank.intro().strip()).append("\n\n");
        }
        int number = 0;
        for (ImportedQuestion question : bank.questions()) {
            question(++number, question, out, report);
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void question(int number, ImportedQuestion question, StringBuilder out, Report report) {
        String stem = question.stem().strip();
        if (question.answer() instanceof ImportedAnswer.FillIn fillIn) {
            stem = blanks(stem, fillIn, question, report);
        }
        String start = "**" + number + ".**";
        Node blocks = PARSER.parse(stem);
        warnOfMisreadBlocks(blocks, question, report);
        // the number must open a paragraph; text that starts otherwise (a list, code) goes below it
        out.append(blocks.getFirstChild() instanceof Paragraph ? start + " " + stem : start + "\n\n" + stem);
        out.append("\n\n");
        List<String> settings = new ArrayList<>();
        if (question.forceMultiple()) {
            settings.add("multiple");
        }
        if (question.points() > 1) {
            settings.add("points=" + question.points());
        }
        if (!settings.isEmpty()) {
            out.append("<!-- quiz: ").append(String.join(" ", settings)).append(" -->\n\n");
        }
        if (!question.hint().isBlank()) {
            out.append(quoted("Hint: " + question.hint().strip(), "")).append("\n\n");
        }
        if (question.answer() instanceof ImportedAnswer.Choice choice) {
            for (ImportedAnswer.Option option : choice.options()) {
                out.append("- [").append(option.correct() ? 'x' : ' ').append("] ")
                        .append(oneItem(option.text())).append('\n');
                if (!option.feedback().isBlank()) {
                    out.append(quoted(option.feedback().strip(), "  ")).append('\n');
                }
            }
            out.append('\n');
        } else if (question.answer() instanceof ImportedAnswer.Ordering ordering) {
            int item = 0;
            for (String text : ordering.items()) {
                out.append(++item).append(". ").append(oneItem(text)).append('\n');
            }
            out.append('\n');
        } else if (question.answer() instanceof ImportedAnswer.Matching matching) {
            for (ImportedAnswer.Pair pair : matching.pairs()) {
                out.append("- ").append(leftSide(oneLine(pair.left()))).append(" -> ")
                        .append(oneLine(pair.right())).append('\n');
            }
            out.append('\n');
        } // a fill-in's blanks stand in its text
        if (!question.explanation().isBlank()) {
            out.append(question.explanation().strip()).append("\n\n");
        }
    }

    /**
     * The format reads some blocks of a question's text by their shape: a quote right above the options is the
     * hint, and a numbered list (or a list of pairs) is an ordering's (or matching's) answer. Text that has them
     * where they would be read so is reported rather than silently changed.
     */
    private static void warnOfMisreadBlocks(Node blocks, ImportedQuestion question, Report report) {
        ImportedAnswer answer = question.answer();
        if (!(answer instanceof ImportedAnswer.FillIn) && question.hint().isBlank()
                && blocks.getLastChild() instanceof BlockQuote && blocks.getFirstChild() != blocks.getLastChild()) {
            report.warning(question.at(), "the quote that ends this question's text becomes its hint, shown on"
                    + " request: move it up or end the text with a sentence");
        }
        boolean listAnswer = answer instanceof ImportedAnswer.Ordering || answer instanceof ImportedAnswer.Matching;
        for (Node block = blocks.getFirstChild(); listAnswer && block != null; block = block.getNext()) {
            if (block instanceof OrderedList || answer instanceof ImportedAnswer.Matching && block instanceof BulletList) {
                report.warning(question.at(), "the list in this question's text may be read as its answer: write it"
                        + " as sentences, or check the bank");
                break;
            }
        }
    }

    /**
     * Puts each blank's {@code [[...]]} where its placeholder stands. A blank inside a fenced code block (a blank in
     * code, as quiz:export writes it) marks the block {@code blanks}, and its answers stay as they are: code is not
     * Markdown.
     */
    private static String blanks(String stem, ImportedAnswer.FillIn fillIn, ImportedQuestion question, Report report) {
        List<String> lines = new ArrayList<>(List.of(stem.split("\n", -1)));
        int fence = -1;
        String fenceMark = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher opening = FENCE.matcher(line);
            if (fenceMark == null && opening.matches()) {
                fence = i;
                fenceMark = opening.group(2);
            } else if (fenceMark != null && line.strip().startsWith(fenceMark) && line.strip().replace(
                    fenceMark.substring(0, 1), "").isEmpty()) {
                fenceMark = null;
            } else {
                boolean inCode = fenceMark != null;
                Matcher matcher = ImportedAnswer.FillIn.PLACEHOLDER.matcher(line);
                StringBuilder out = new StringBuilder();
                while (matcher.find()) {
                    ImportedAnswer.Blank blank = fillIn.blanks().get(Integer.parseInt(matcher.group(1)));
                    matcher.appendReplacement(out, Matcher.quoteReplacement("[[" + spec(blank, question, report, inCode)
                            + "]]"));
                    if (inCode && !lines.get(fence).matches(".*\\s" + CodeInfo.BLANKS + "\\s*$")) {
                        lines.set(fence, lines.get(fence).stripTrailing() + " " + CodeInfo.BLANKS);
                    }
                }
                matcher.appendTail(out);
                lines.set(i, out.toString());
            }
        }
        return String.join("\n", lines);
    }

    private static String spec(ImportedAnswer.Blank blank, ImportedQuestion question, Report report, boolean inCode) {
        if (blank instanceof ImportedAnswer.NumberBlank number) {
            return number.tolerance().signum() == 0 ? "=" + plain(number.value())
                    : "=" + plain(number.value()) + "±" + plain(number.tolerance());
        }
        if (blank instanceof ImportedAnswer.RangeBlank range) {
            return "=" + plain(range.low()) + ".." + plain(range.high());
        }
        List<String> written = new ArrayList<>();
        for (String variant : ((ImportedAnswer.TextBlank) blank).variants()) {
            if (NOT_IN_A_BLANK.matcher(variant).find()) {
                report.warning(question.at(), "accepted answer \"" + variant + "\" dropped: a blank's answers"
                        + " cannot contain [, ] or |");
            } else if (!variant.isBlank()) {
                written.add(inCode ? variant : MarkdownText.ofPlainInline(variant));
            }
        }
        return String.join("|", written);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** An option or ordering item: one list item, a paragraph break as a line break. */
    private static String oneItem(String markdown) {
        return markdown.strip().replaceAll("\\n\\s*\\n", "<br>\n").replace("\n", "\n   ");
    }

    /** A matching side is one line. */
    private static String oneLine(String markdown) {
        return markdown.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** The first arrow splits a pair: one in the left side is written so that it does not. */
    private static String leftSide(String markdown) {
        return markdown.replace("->", "-\\>").replace("→", "&#8594;");
    }

    /** Markdown as a blockquote, every line prefixed. */
    private static String quoted(String markdown, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            out.append(indent).append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** A YAML double-quoted scalar, as snakeyaml-engine writes it (escapes included), on one line. */
    static String yamlString(String text) {
        return YAML.dumpToString(text).strip();
    }
}
