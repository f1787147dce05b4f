package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.html.HtmlSanitizer;
import dev.mdquiz.generator.model.Markup;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the parts of a quiz become HTML, for its page and the course index: question texts, options, hints,
 * feedback, explanations, ordering items, matching sides and intros. Blanks become inputs named in the page's
 * language, links to banks lead to their pages, fenced code is highlighted, and a part with raw HTML goes through
 * {@link HtmlSanitizer} as one unit, so its tags cannot reach outside it; a part without raw HTML is commonmark's
 * rendering as it is. Immutable and thread-safe.
 */
public final class MarkupHtml {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /**
     * Marks where raw HTML starts and ends in rendered HTML, for the sanitizer. commonmark turns every U+0000 of
     * its input (and {@code &#0;}) into U+FFFD, so no bank can forge one.
     */
    static final char RAW_MARK = '\0';
    /** The page needs no findings (the raw-HTML check reported them); a raw link to a bank leads to its page. */
    private static final HtmlSanitizer.Findings PAGE = new HtmlSanitizer.Findings() {
        @Override
        public void removed(int offset, String message) {
        }

        @Override
        public String address(int offset, String address, boolean image) {
            return image ? address : PageLinks.target(address);
        }
    };

    private final HtmlRenderer renderer;
    private final boolean sanitize;

    /** @param blankLabel a blank's accessible name, {@code {0}} standing for its number: "Blank {0}" */
    public MarkupHtml(String blankLabel) {
        this(blankLabel, true);
    }

    private MarkupHtml(String blankLabel, boolean sanitize) {
        this.renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .sanitizeUrls(true)
                .percentEncodeUrls(true) // a link written as <über uns.md> must still be a valid URL
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Link && attributes.containsKey("href")) {
                        attributes.put("href", PageLinks.target(attributes.get("href")));
                    }
                })
                .nodeRendererFactory(context -> new BlankRenderer(context, blankLabel))
                .nodeRendererFactory(CodeBlockRenderer::new)
                .nodeRendererFactory(RawHtmlMarker::new)
                .nodeRendererFactory(FragmentRenderer::new)
                .softbreak("\n")
                .build();
        this.sanitize = sanitize;
    }

    /** Raw HTML left as commonmark renders it: only for tests that compare with commonmark's own rendering. */
    public static MarkupHtml unsanitized(String blankLabel) {
        return new MarkupHtml(blankLabel, false);
    }

    /** The part as its page shows it. */
    public String html(Markup markup) {
        Rendered part = render(markup);
        if (part.raw().isEmpty() || !sanitize) {
            return part.html();
        }
        return HtmlSanitizer.sanitize(part.html(), part::authored, PAGE);
    }

    /**
     * The part's HTML before cleaning, and where the author's raw HTML stands in it: what {@link #html} cleans, and
     * what the raw-HTML check cleans to report what the page loses.
     */
    public Rendered render(Markup markup) {
        List<Node> blocks = markup.blocks();
        if (blocks.isEmpty()) {
            return new Rendered("", List.of());
        }
        List<Node> nodes = new ArrayList<>();
        String html;
        if (markup.inline()) {
            List<Node> first = children(blocks.get(0));
            List<Node> rest = blocks.subList(1, blocks.size());
            String firstHtml = render(first);
            String restHtml = render(rest);
            html = restHtml.isEmpty() ? firstHtml : firstHtml + "\n" + restHtml;
            nodes.addAll(first);
            nodes.addAll(rest);
        } else {
            html = render(blocks);
            nodes.addAll(blocks);
        }
        if (!markup.hasRawHtml()) {
            return new Rendered(html, List.of());
        }
        List<Node> raw = new ArrayList<>();
        nodes.forEach(node -> collectRaw(node, raw));
        return Rendered.unmarked(html, raw);
    }

    private String render(List<Node> nodes) {
        return renderer.render(new Fragment(nodes)).strip();
    }

    /**
     * Nodes rendered one after the other in one renderer context, where they stand in their own tree: commonmark
     * builds a context (a writer and every node renderer) per call, which cost more than rendering most parts.
     */
    private static final class Fragment extends CustomBlock {
        private final List<Node> nodes;

        Fragment(List<Node> nodes) {
            this.nodes = nodes;
        }
    }

    private static final class FragmentRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        FragmentRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Fragment.class);
        }

        @Override
        public void render(Node node) {
            for (Node each : ((Fragment) node).nodes) {
                context.render(each);
            }
        }
    }

    /** Raw HTML nodes in rendering order; an image's description is rendered as alt text, without its raw HTML. */
    private static void collectRaw(Node node, List<Node> raw) {
        if (node instanceof HtmlInline || node instanceof HtmlBlock) {
            raw.add(node);
        } else if (!(node instanceof Image)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collectRaw(child, raw);
            }
        }
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /** A part's HTML, and the author's raw HTML nodes with where each one's literal stands in it. */
    public record Rendered(String html, List<RawHtml> raw) {
        public Rendered {
            raw = List.copyOf(raw);
        }

        /** Takes the {@link #RAW_MARK}s out of the HTML, keeping where they stood. */
        private static Rendered unmarked(String marked, List<Node> nodes) {
            StringBuilder html = new StringBuilder(marked.length());
            List<Integer> bounds = new ArrayList<>();
            for (int i = 0; i < marked.length(); i++) {
                char c = marked.charAt(i);
                if (c == RAW_MARK) {
                    bounds.add(html.length());
                } else {
                    html.append(c);
                }
            }
            if (bounds.size() != 2 * nodes.size()) {
                throw new IllegalStateException("raw HTML marks out of step with the raw HTML nodes");
            }
            List<RawHtml> raw = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                int start = bounds.get(2 * i);
                String literal = RawHtmlMarker.literal(nodes.get(i));
                if (!html.substring(start, bounds.get(2 * i + 1)).equals(literal)) {
                    throw new IllegalStateException("raw HTML marks out of step with the raw HTML nodes");
                }
                raw.add(new RawHtml(nodes.get(i), start, literal.length()));
            }
            return new Rendered(html.toString(), raw);
        }

        /** The raw HTML whose literal holds the character at {@code offset}; empty where commonmark wrote it. */
        public Optional<RawHtml> at(int offset) {
            for (int i = raw.size() - 1; i >= 0; i--) {
                RawHtml region = raw.get(i);
                if (offset >= region.start()) {
                    return offset < region.start() + region.length() ? Optional.of(region) : Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** Whether the character at {@code offset} is one the author wrote as raw HTML. */
        public boolean authored(int offset) {
            return at(offset).isPresent();
        }
    }

    /** A raw HTML node and where its literal starts in the part's HTML. */
    public record RawHtml(Node node, int start, int length) {
    }
}
