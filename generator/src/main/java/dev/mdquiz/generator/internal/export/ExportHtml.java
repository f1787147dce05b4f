package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.LinkTarget;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bank's parts as HTML for an export, through the project's one HTML renderer ({@link MarkupHtml}): the page's
 * HTML, except that blanks, links and images are what the format makes of them. Links to other banks keep their
 * text alone (an LMS question has no page to lead to), with a warning; links to places in the page likewise.
 * Course files (images, and files links lead to) are either carried in the format ({@link Files#embedded}) or
 * left out with a warning.
 */
public final class ExportHtml {
    /** What a format does with the course files a part points at. */
    public interface Files {
        /**
         * The address that stands for the file in the exported part, the file having been carried along; empty
         * when the format cannot carry files (the part keeps the image's description, the link's text).
         */
        Optional<String> embedded(LocalLink file, byte[] bytes);
    }

    private static final int NAME_LENGTH = 60;
    /** One level of a Parsons line's indentation. */
    private static final String INDENT = "    ";

    private final ExportBank bank;
    private final Files files;

    public ExportHtml(ExportBank bank, Files files) {
        this.bank = bank;
        this.files = files;
    }

    /**
     * The part as HTML; blanks are what {@code blanks} writes (HTML), problems are reported at {@code question}'s
     * position (or at the quiz's start for the intro: {@code question} null).
     */
    public String html(Markup markup, Question question, Function<BlankNode, String> blanks) {
        SourcePosition at = question == null ? SourcePosition.START : question.position();
        String what = question == null ? "the introduction" : "question " + question.id();
        Map<String, Optional<String>> seen = new LinkedHashMap<>();
        MarkupHtml renderer = MarkupHtml.forExport(new MarkupHtml.ExportTargets() {
            @Override
            public String blank(BlankNode blank) {
                return blanks.apply(blank);
            }

            @Override
            public Optional<String> link(String destination) {
                if (destination.startsWith("#")) {
                    bank.warnings().warn(at, what + ": link to " + destination + " kept as its text: there is no"
                            + " page to lead to in the " + bank.warnings().format() + " export");
                    return Optional.empty();
                }
                Optional<LinkTarget> local = LinkTarget.local(destination);
                if (local.isEmpty()) {
                    return Optional.of(destination); // an address elsewhere stays as it is
                }
                if (local.get().bank()) {
                    bank.warnings().warn(where(local.get(), false, at), what + ": link to " + destination + " kept as its text: another"
                            + " bank has no page to lead to in the " + bank.warnings().format() + " export");
                    return Optional.empty();
                }
                return file(local.get(), false, at, what);
            }

            @Override
            public Optional<String> image(String destination) {
                Optional<LinkTarget> local = LinkTarget.local(destination);
                if (local.isEmpty()) {
                    return Optional.of(destination); // an image elsewhere is shown from there
                }
                return file(local.get(), true, at, what);
            }

            private Optional<String> file(LinkTarget target, boolean image, SourcePosition at, String what) {
                return seen.computeIfAbsent(target.file() + (image ? " image" : " link"), key -> {
                    LocalLink link = new LocalLink(target.file(), image, false, at);
                    Optional<String> address = files.embedded(link, read(link));
                    if (address.isEmpty()) {
                        bank.warnings().warn(where(target, image, at), what + ": " + (image ? "image " : "link to ") + target.file()
                                + (image ? " left out" : " kept as its text") + ": " + bank.warnings().format()
                                + " cannot carry files");
                    }
                    return address;
                });
            }
        });
        return renderer.html(markup);
    }

    /**
     * Where the link or image stands in the bank: the first one to that file at or after {@code from} (the
     * question's start), as the parser recorded it; {@code from} when there is none (raw HTML's).
     */
    private SourcePosition where(LinkTarget target, boolean image, SourcePosition from) {
        return bank.quiz().links().stream()
                .filter(link -> link.image() == image && link.path().equals(target.file()))
                .map(LocalLink::position)
                .filter(position -> position.line() > from.line()
                        || position.line() == from.line() && position.column() >= from.column())
                .findFirst().orElse(from);
    }

    private byte[] read(LocalLink link) {
        try {
            return bank.read(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A matching pair's right-hand side as plain text, which is all Moodle shows of it (a drop-down's choices); a
     * warning names a side whose formatting is lost. A formula keeps its TeX between {@code \(...\)}, which Moodle's
     * TeX and MathJax filters render there too.
     */
    public String plainRightSide(Answer.Pair pair, Question question) {
        String right = PlainText.LMS.render(pair.right());
        String asHtml = right.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        if (!asHtml.equals(html(pair.right(), question, blank -> ""))) {
            bank.warnings().warn(pair.position(), "question " + question.id() + ": the formatting of '" + right
                    + "' left out: Moodle shows the right-hand sides of matching pairs as plain text");
        }
        return right;
    }

    /**
     * A line of a Parsons problem as HTML with its indentation shown: four spaces a level at the start of its code
     * block, which an LMS shows as it is ({@code <pre>} keeps spaces).
     */
    public static String indented(String lineHtml, Answer.Item item) {
        int code = lineHtml.indexOf("<code");
        int start = code < 0 ? -1 : lineHtml.indexOf('>', code) + 1;
        if (start <= 0 || item.indent() == 0) {
            return lineHtml;
        }
        return lineHtml.substring(0, start) + INDENT.repeat(item.indent()) + lineHtml.substring(start);
    }

    /** A line of a Parsons problem as plain text, indented with no-break spaces that plain text cannot lose. */
    public static String indentedText(Answer.Item item) {
        return "\u00A0".repeat(INDENT.length() * item.indent()) + PlainText.of(item.text());
    }

    /** A short name for an LMS's list of questions: the start of the question's text, else its id. */
    public static String name(Question question) {
        String text = PlainText.of(question.stem()).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return question.id();
        }
        return text.codePointCount(0, text.length()) <= NAME_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, NAME_LENGTH - 1)) + "…";
    }
}
