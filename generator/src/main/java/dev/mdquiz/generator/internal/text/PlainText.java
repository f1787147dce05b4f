package dev.mdquiz.generator.internal.text;

import dev.mdquiz.generator.internal.html.HtmlSanitizer;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.CodeWithBlanks;
import dev.mdquiz.generator.model.MathNode;
import dev.mdquiz.generator.model.Markup;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a quiz as text, for everything that is not a page: checks, the teachers' answer keys, exporters.
 * It is what a reader sees: text, inline code and code blocks, images by their descriptions (or file names), raw
 * HTML reduced to its text, never a link's address, a tag or a comment; a formula as its TeX between dollars; each blank is {@code ___} where it stands,
 * numbered ({@code ___(2)}) when the part has several. {@link #PLAIN} writes it as it is; {@link #MARKDOWN} writes
 * the same text as Markdown, with inline code in backticks, code blocks fenced and everything else escaped.
 */
public final class PlainText {
    public static final PlainText PLAIN = new PlainText(false);
    public static final PlainText MARKDOWN = new PlainText(true);
    /** Plain text with each formula between {@code \(...\)} or {@code \[...\]}, which LMS math filters read. */
    public static final PlainText LMS = new PlainText(false, true);

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final boolean markdown;
    private final boolean lmsMath;

    private PlainText(boolean markdown) {
        this(markdown, false);
    }

    private PlainText(boolean markdown, boolean lmsMath) {
        this.markdown = markdown;
        this.lmsMath = lmsMath;
    }

    /** The part as plain text, which the part keeps once made ({@link Markup#plainText()}). */
    public static String of(Markup markup) {
        return markup.plainText();
    }

    /** The part in this form; plain text is the part's own, made once. */
    public String render(Markup markup) {
        return this == PLAIN ? markup.plainText() : write(markup);
    }

    /** Writes the part in this form anew; {@link #render} reuses the plain text the part keeps. */
    public String write(Markup markup) {
        Writer writer = new Writer(markup);
        markup.blocks().forEach(writer::block);
        return writer.toString();
    }

    /** Text that is not Markdown (an accepted answer, a title) in this form: as it is, or escaped. */
    public String literal(String text) {
        return markdown ? MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1") : text;
    }

    /** Code that is not Markdown (a line of a Parsons problem) in this form: as it is, or as inline code. */
    public String code(String code) {
        return markdown ? inlineCode(code) : code;
    }

    /** Blanks are numbered unless the part holds one alone, its question's first. */
    private static boolean numbersBlanks(Markup markup) {
        List<BlankNode> blanks = new ArrayList<>();
        markup.blocks().forEach(block -> addBlanks(block, blanks));
        return !blanks.isEmpty() && !(blanks.size() == 1 && blanks.get(0).number() == 1);
    }

    private static void addBlanks(Node node, List<BlankNode> blanks) {
        if (node instanceof BlankNode blank) {
            blanks.add(blank);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            addBlanks(child, blanks);
        }
    }

    /** Writes blocks one per line (a blank line between them in Markdown) and their inline content as text. */
    private final class Writer {
        private final StringBuilder out = new StringBuilder();
        private final Markup markup;
        /** Whether blanks are numbered; looked up at the first blank, since most parts have none. */
        private Boolean numberedBlanks;

        Writer(Markup markup) {
            this.markup = markup;
        }

        void block(Node block) {
            if (isLeaf(block)) {
                int start = out.length();
                if (!out.isEmpty()) {
                    out.append(markdown ? "\n\n" : "\n");
                }
                int content = out.length();
                leaf(block);
                if (blankSince(content)) {
                    out.setLength(start); // a thematic break, a comment: nothing to read
                }
            } else {
                // quotes, lists and their items, tables and their parts
                for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                    block(child);
                }
            }
        }

        /** Whether what was written from {@code start} on is blank (as {@link String#isBlank}), without copying it. */
        private boolean blankSince(int start) {
            for (int i = start; i < out.length(); i++) {
                if (!Character.isWhitespace(out.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isLeaf(Node block) {
            return block instanceof Paragraph || block instanceof Heading || block instanceof TableRow
                    || block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock || block instanceof CodeWithBlanks
                    || block instanceof HtmlBlock || block instanceof ThematicBreak;
        }

        private void leaf(Node block) {
            if (block instanceof TableRow row) {
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    out.append(cell == row.getFirstChild() ? "" : literal(" | "));
                    inlines(cell);
                }
            } else if (block instanceof FencedCodeBlock code) {
                codeBlock(code.getLiteral(), code.getInfo() == null ? "" : SPACES.split(code.getInfo().strip(), 2)[0]);
            } else if (block instanceof CodeWithBlanks code) {
                codeBlock(codeText(code), code.language());
            } else if (block instanceof IndentedCodeBlock code) {
                codeBlock(code.getLiteral(), "");
            } else if (block instanceof HtmlBlock html) {
                out.append(literal(HtmlSanitizer.visibleText(html.getLiteral()).strip()));
            } else if (!(block instanceof ThematicBreak)) {
                inlines(block); // a paragraph or a heading
            }
        }

        private void codeBlock(String literal, String language) {
            String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            if (markdown) {
                String fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
                out.append(fence).append(language).append('\n').append(code).append('\n').append(fence);
            } else {
                out.append(code);
            }
        }

        /** A code block's text with each blank as {@code ___} where it stands (an answer of several lines on its own line). */
        private String codeText(CodeWithBlanks code) {
            StringBuilder text = new StringBuilder();
            for (Node part = code.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof Text run) {
                    text.append(run.getLiteral());
                } else if (part instanceof BlankNode blank) {
                    text.append(blank(blank));
                }
            }
            return text.toString();
        }

        /** A blank as {@code ___}, numbered when the part has several. */
        private String blank(BlankNode blank) {
            if (numberedBlanks == null) {
                numberedBlanks = numbersBlanks(markup);
            }
            return numberedBlanks ? "___(" + blank.number() + ")" : "___";
        }

        private void inlines(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                inline(node);
            }
        }

        private void inline(Node node) {
            if (node instanceof Text text) {
                out.append(literal(text.getLiteral()));
            } else if (node instanceof Code code) {
                out.append(code(code.getLiteral()));
            } else if (node instanceof SoftLineBreak) {
                out.append(' ');
            } else if (node instanceof HardLineBreak) {
                out.append(markdown ? "\\\n" : "\n");
            } else if (node instanceof HtmlInline html) {
                out.append(literal(HtmlSanitizer.visibleText(html.getLiteral())));
            } else if (node instanceof BlankNode blank) {
                out.append(blank(blank));
            } else if (node instanceof MathNode math) {
                // TeX is not escaped: a Markdown reader with math renders it
                out.append(lmsMath ? lmsMath(math) : math(math));
            } else if (node instanceof Image image) {
                image(image);
            } else {
                inlines(node); // emphasis, links (by their text)
            }
        }

        /** An image by its description, or by its file name when it has none. */
        private void image(Image image) {
            int start = out.length();
            inlines(image);
            if (blankSince(start)) {
                out.setLength(start);
                String destination = image.getDestination();
                out.append(literal(destination.substring(destination.lastIndexOf('/') + 1)));
            }
        }

        @Override
        public String toString() {
            return out.toString().strip();
        }
    }

    /** A formula as text: its TeX between {@code $} (inline) or {@code $$} (display), as its author wrote it. */
    public static String math(MathNode math) {
        String dollars = math.display() ? "$$" : "$";
        return dollars + math.tex() + dollars;
    }

    /**
     * A formula as LMS math filters read it (Moodle's TeX and MathJax filters, most others): its TeX between
     * {@code \(...\)} (inline) or {@code \[...\]} (display).
     */
    public static String lmsMath(MathNode math) {
        return math.display() ? "\\[" + math.tex() + "\\]" : "\\(" + math.tex() + "\\)";
    }

    /** Inline code in as many backticks as it needs, padded where it starts or ends with one. */
    private static String inlineCode(String code) {
        String fence = "`".repeat(longestBacktickRun(code) + 1);
        String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
        return fence + pad + code + pad + fence;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher run = BACKTICKS.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        return longest;
    }
}
