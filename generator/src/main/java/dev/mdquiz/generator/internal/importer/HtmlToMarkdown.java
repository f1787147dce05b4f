package dev.mdquiz.generator.internal.importer;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Converts the HTML of an imported question (Moodle's editors write it) into this project's Markdown: jsoup parses
 * it, each element becomes the commonmark node that means the same, and commonmark-java's renderer writes the
 * Markdown. Inline formatting Markdown lacks but the page's allow-list keeps ({@code <sub>}, {@code <sup>}, ...)
 * and tables stay HTML; what the page would remove (scripts, styles, forms, embedded content) is dropped and
 * reported.
 */
public final class HtmlToMarkdown {
    private static final Set<String> KEPT_INLINE = Set.of("sub", "sup", "kbd", "abbr", "mark", "small", "ins", "del",
            "s", "u", "q", "cite", "dfn", "var", "samp");
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed", "svg", "form",
            "input", "button", "select", "textarea", "audio", "video", "canvas", "noscript", "meta", "link", "title");
    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "pre", "blockquote", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "hr", "figure", "dl", "section", "article", "center", "address", "details");

    private final UnaryOperator<String> sources;
    private final List<String> dropped = new ArrayList<>();

    /** @param sources maps an image's {@code src} as written (e.g. {@code @@PLUGINFILE@@/a.png}) to its path */
    public HtmlToMarkdown(UnaryOperator<String> sources) {
        this.sources = sources;
    }

    /** Whether imported text in an unnamed format is HTML rather than plain text. */
    public static boolean looksLikeHtml(String text) {
        return text.matches("(?s).*<(?:[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?|/[a-zA-Z][a-zA-Z0-9]*\\s*)>.*")
                || text.matches("(?s).*&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);.*");
    }

    /** The Markdown of {@code html}; what could not be carried over is in {@link #takeDropped()} afterwards. */
    public String convert(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(html);
        parsed.outputSettings().prettyPrint(false); // tables kept as HTML stay as written
        Element body = parsed.body();
        Document document = new Document();
        blocks(body, document);
        return MarkdownText.render(document);
    }

    /** What the conversions since the last call dropped, one phrase each ("<script>", ...). */
    public List<String> takeDropped() {
        List<String> taken = List.copyOf(dropped);
        dropped.clear();
        return taken;
    }

    /** Appends the block content of {@code element} to {@code parent}: runs of inline content become paragraphs. */
    private void blocks(Element element, Node parent) {
        Paragraph open = null;
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            if (child instanceof Element e && isBlock(e)) {
                open = null;
                block(e, parent);
            } else {
                if (open == null) {
                    open = new Paragraph();
                }
                inline(child, open);
                if (open.getParent() == null && open.getFirstChild() != null) {
                    parent.appendChild(open);
                }
            }
        }
        // a paragraph made only of white space (between blocks) says nothing
        for (Node node = parent.getFirstChild(); node != null; ) {
            Node next = node.getNext();
            if (node instanceof Paragraph && blank(node)) {
                node.unlink();
            } else if (node instanceof Paragraph) {
                trim(node);
            }
            node = next;
        }
    }

    private static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName()) || DROPPED.contains(element.normalName());
    }

    private void block(Element element, Node parent) {
        String name = element.normalName();
        if (DROPPED.contains(name)) {
            drop(name);
            return;
        }
        switch (name) {
            case "ul", "ol" -> {
                Node list;
                if (name.equals("ol")) {
                    OrderedList ordered = new OrderedList();
                    ordered.setMarkerStartNumber(1);
                    ordered.setMarkerDelimiter(".");
                    list = ordered;
                } else {
                    BulletList bullets = new BulletList();
                    bullets.setMarker("-");
                    list = bullets;
                }
                boolean tight = true;
                for (Element item : element.children()) {
                    ListItem listItem = new ListItem();
                    blocks(item, listItem);
                    list.appendChild(listItem);
                    tight &= listItem.getFirstChild() == listItem.getLastChild();
                }
                ((ListBlock) list).setTight(tight); // items of one paragraph each: no blank lines between them
                parent.appendChild(list);
            }
            case "pre" -> {
                FencedCodeBlock code = new FencedCodeBlock();
                code.setFenceCharacter("`");
                code.setOpeningFenceLength(3);
                code.setClosingFenceLength(3);
                code.setFenceIndent(0);
                String text = element.wholeText();
                code.setLiteral(text.endsWith("\n") ? text : text + "\n");
                parent.appendChild(code);
            }
            case "blockquote" -> {
                BlockQuote quote = new BlockQuote();
                blocks(element, quote);
                parent.appendChild(quote);
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                // a heading would start a question in a bank without numbers: it stays bold text
                Paragraph paragraph = new Paragraph();
                StrongEmphasis strong = new StrongEmphasis("**");
                inlineChildren(element, strong);
                paragraph.appendChild(strong);
                parent.appendChild(paragraph);
            }
            case "table", "dl", "details", "figure" -> {
                HtmlBlock html = new HtmlBlock();
                html.setLiteral(element.outerHtml());
                parent.appendChild(html);
            }
            case "hr" -> {
            }
            default -> blocks(element, parent);
        }
    }

    private void inlineChildren(Element element, Node parent) {
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            inline(child, parent);
        }
    }

    private void inline(org.jsoup.nodes.Node node, Node parent) {
        if (node instanceof TextNode text) {
            String literal = text.getWholeText().replaceAll("\\s+", " ");
            if (!literal.isEmpty()) {
                parent.appendChild(new Text(literal));
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, doctypes
        }
        String name = element.normalName();
        if (DROPPED.contains(name)) {
            drop(name);
            return;
        }
        switch (name) {
            case "br" -> parent.appendChild(new HardLineBreak());
            case "b", "strong" -> wrap(element, parent, new StrongEmphasis("**"));
            case "i", "em" -> wrap(element, parent, new Emphasis("*"));
            case "code", "tt" -> parent.appendChild(new Code(element.wholeText()));
            case "a" -> {
                String href = element.attr("href");
                if (href.isBlank()) {
                    inlineChildren(element, parent);
                } else {
                    wrap(element, parent, new Link(href, element.hasAttr("title") ? element.attr("title") : null));
                }
            }
            case "img" -> {
                Image image = new Image(sources.apply(element.attr("src")),
                        element.hasAttr("title") ? element.attr("title") : null);
                String alt = element.attr("alt").strip();
                if (!alt.isEmpty()) {
                    image.appendChild(new Text(alt));
                }
                parent.appendChild(image);
            }
            default -> {
                if (KEPT_INLINE.contains(name)) {
                    parent.appendChild(html("<" + name + ">"));
                    inlineChildren(element, parent);
                    parent.appendChild(html("</" + name + ">"));
                } else {
                    inlineChildren(element, parent); // span, font, ... keep their text
                }
            }
        }
    }

    private void wrap(Element element, Node parent, Node wrapper) {
        inlineChildren(element, wrapper);
        if (wrapper.getFirstChild() != null) {
            parent.appendChild(wrapper);
        }
    }

    private static HtmlInline html(String literal) {
        HtmlInline html = new HtmlInline();
        html.setLiteral(literal);
        return html;
    }

    private void drop(String name) {
        String phrase = "<" + name.toLowerCase(Locale.ROOT) + ">";
        if (!dropped.contains(phrase)) {
            dropped.add(phrase);
        }
    }

    private static boolean blank(Node paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Text text) || !text.getLiteral().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** White space at a paragraph's edges is markup's, not the text's. */
    private static void trim(Node paragraph) {
        if (paragraph.getFirstChild() instanceof Text first) {
            first.setLiteral(first.getLiteral().stripLeading());
        }
        if (paragraph.getLastChild() instanceof Text last) {
            last.setLiteral(last.getLiteral().stripTrailing());
        }
        while (paragraph.getLastChild() instanceof HardLineBreak br) {
            br.unlink();
        }
    }
}
