package dev.mdquiz.generator.internal.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans one part of a page (a question text, an option, a hint, an explanation, ...) whose Markdown held raw HTML.
 * jsoup parses the part on its own and it is written back from the parsed tree, so unbalanced markup cannot close
 * or swallow the page around it. What the author wrote is held to {@link HtmlPolicy} and every removal is reported;
 * what commonmark and mdquiz rendered stays as it is. A jsoup {@link Cleaner} pass is the last line: nothing outside
 * {@link HtmlPolicy#PAGE} survives, whatever the walk might miss.
 */
public final class HtmlSanitizer {
    /** Relative addresses need a base for jsoup to judge them; they are kept as written. */
    private static final String BASE = "https://mdquiz.invalid/";
    /** jsoup's message for a token its tree builder did not expect; when no element came of it, it was dropped. */
    private static final Pattern UNEXPECTED_TOKEN =
            Pattern.compile("Unexpected (StartTag|EndTag|Doctype) token \\[</?!?([^\\s>/]*)", Pattern.DOTALL);
    private static final int MAX_ERRORS = 1000;
    /** A per-question setting, as Directive reads it: {@code <!-- quiz: multiple -->}. */
    private static final Pattern DIRECTIVE = Pattern.compile("\\s*quiz\\s*:");
    private static final Cleaner CLEANER = new Cleaner(HtmlPolicy.PAGE);

    /** What the sanitizer tells about the author's markup, by offset in the HTML it was given (-1: not known). */
    public interface Findings {
        void removed(int offset, String message);

        /** A link or image address that may stay; returns the address the page should use. */
        String address(int offset, String address, boolean image);
    }

    private final IntPredicate authored;
    private final Findings findings;

    private HtmlSanitizer(IntPredicate authored, Findings findings) {
        this.authored = authored;
        this.findings = findings;
    }

    /**
     * @param html     one part of a page as commonmark rendered it
     * @param authored whether the character at an offset of {@code html} belongs to raw HTML the author wrote
     */
    public static String sanitize(String html, IntPredicate authored, Findings findings) {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(MAX_ERRORS);
        Document dirty = Document.createShell(BASE);
        dirty.outputSettings().prettyPrint(false);
        dirty.body().appendChildren(parser.parseFragmentInput(html, dirty.body(), BASE));
        HtmlSanitizer sanitizer = new HtmlSanitizer(authored, findings);
        sanitizer.reportDroppedTags(parser.getErrors(), dirty.body(), html);
        sanitizer.clean(dirty.body());
        return CLEANER.clean(dirty).body().html().strip();
    }

    /**
     * The text a reader sees of a piece of raw HTML, images by their descriptions: for the plain-text forms of a
     * question (checks, answer keys, a matching side's entry in its select).
     */
    public static String visibleText(String html) {
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && HtmlPolicy.dropsContent(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element && element.nameIs("img")) {
                    text.append(element.attr("alt"));
                }
                return FilterResult.CONTINUE;
            }
        });
        return text.toString();
    }

    private void clean(Element parent) {
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (child instanceof Element element) {
                cleanElement(element);
            } else if (!(child instanceof TextNode) && !(child instanceof DataNode)) {
                // comments, processing instructions and CDATA: commonmark renders none of them
                findings.removed(start(child), child instanceof Comment comment && !comment.isXmlDeclaration()
                        ? "raw HTML comment removed: " + commentReason(comment.getData())
                        : "raw HTML " + shorten(child.outerHtml()) + " removed: it is not something a page can show");
                child.remove();
            }
        }
    }

    private void cleanElement(Element element) {
        int at = start(element);
        if (at >= 0 && !element.sourceRange().isImplicit() && !authored.test(at)) {
            clean(element); // rendered by commonmark or mdquiz
            return;
        }
        if (element.sourceRange().isImplicit() && element.childNodeSize() == 0) {
            element.remove(); // made up by the parser for an end tag that closed nothing: </p> after a <div> in a paragraph
            return;
        }
        Optional<String> refusal = HtmlPolicy.refusal(element);
        if (refusal.isPresent()) {
            findings.removed(at, "raw HTML <" + element.normalName() + "> removed: " + refusal.get());
            if (HtmlPolicy.dropsContent(element.normalName())) {
                element.remove();
            } else {
                clean(element);
                element.unwrap();
            }
            return;
        }
        cleanAttributes(element, at);
        if (element.nameIs("img") && !element.hasAttr("src")) {
            element.remove(); // its address was refused, or it never had one
            return;
        }
        clean(element);
    }

    private void cleanAttributes(Element element, int at) {
        String tag = element.normalName();
        for (Attribute attribute : element.attributes().asList()) {
            String key = attribute.getKey();
            int where = attributeStart(element, key, at);
            Optional<String> refusal = HtmlPolicy.attributeRefusal(element, attribute);
            if (refusal.isEmpty() && key.equals("class")) {
                cleanClasses(element, attribute.getValue(), where);
            } else if (refusal.isEmpty() && HtmlPolicy.isAddress(element, key)) {
                Optional<String> badAddress = HtmlPolicy.addressRefusal(element, attribute.getValue());
                if (badAddress.isPresent()) {
                    String shown = key + "=\"" + shorten(attribute.getValue()) + "\"";
                    findings.removed(where, (tag.equals("img") ? "raw HTML <img " + shown + ">" : "raw HTML " + shown
                            + " on <" + tag + ">") + " removed: " + badAddress.get());
                    element.removeAttr(key);
                } else {
                    element.attr(key, findings.address(where, attribute.getValue(), tag.equals("img")));
                }
            } else if (refusal.isPresent()) {
                String shown = key.equals("id") ? "id=\"" + shorten(attribute.getValue()) + "\"" : key;
                findings.removed(where, "raw HTML attribute " + shown + " on <" + tag + "> removed: " + refusal.get());
                element.removeAttr(key);
            }
        }
    }

    private void cleanClasses(Element element, String value, int where) {
        List<String> kept = new ArrayList<>();
        for (String name : value.strip().split("\\s+")) {
            if (HtmlPolicy.RESERVED_CLASSES.contains(name)) {
                findings.removed(where, "raw HTML class \"" + name + "\" on <" + element.normalName()
                        + "> removed: the theme uses this class name for its own elements; choose another");
            } else if (!name.isEmpty()) {
                kept.add(name);
            }
        }
        if (kept.isEmpty()) {
            element.removeAttr("class");
        } else if (kept.size() != value.strip().split("\\s+").length) {
            element.attr("class", String.join(" ", kept));
        }
    }

    /**
     * Tags jsoup's tree builder ignored (an end tag that closes nothing, a {@code <body>} inside the part, a table
     * cell outside a table) leave no element behind, only a parse error at the end of the token.
     */
    private void reportDroppedTags(List<ParseError> errors, Element root, String html) {
        Set<Integer> tagEnds = new HashSet<>();
        for (Element element : root.getAllElements()) {
            addEnd(tagEnds, element.sourceRange());
            addEnd(tagEnds, element.endSourceRange());
        }
        for (ParseError error : errors) {
            Matcher token = UNEXPECTED_TOKEN.matcher(error.getErrorMessage());
            int end = error.getPosition();
            int start = end > 0 ? html.lastIndexOf('<', end - 1) : -1;
            if (token.lookingAt() && !tagEnds.contains(end) && start >= 0 && authored.test(start)) {
                String name = token.group(2).toLowerCase(Locale.ROOT);
                findings.removed(start, switch (token.group(1)) {
                    case "EndTag" -> "raw HTML </" + name + "> removed: " + HtmlPolicy.droppedTagReason(name, true);
                    case "StartTag" -> "raw HTML <" + name + "> removed: " + HtmlPolicy.droppedTagReason(name, false);
                    default -> "raw HTML <!DOCTYPE> removed: the page's doctype belongs to the theme";
                });
            }
        }
    }

    private static void addEnd(Set<Integer> ends, Range range) {
        if (range.isTracked() && !range.isImplicit()) {
            ends.add(range.endPos());
        }
    }

    private static String commentReason(String text) {
        return DIRECTIVE.matcher(text).lookingAt()
                ? "quiz settings are read only in a question's first paragraph or on a line of their own between"
                + " its paragraphs, not inside a list, a quote or the text before the first question"
                : "notes in comments are fine in the bank, but they never reach the page";
    }

    private static int start(Node node) {
        Range range = node.sourceRange();
        return range.isTracked() ? range.startPos() : -1;
    }

    private static int attributeStart(Element element, String key, int fallback) {
        Range.AttributeRange range = element.attributes().sourceRange(key);
        return range.nameRange().isTracked() ? range.nameRange().startPos() : fallback;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }
}
