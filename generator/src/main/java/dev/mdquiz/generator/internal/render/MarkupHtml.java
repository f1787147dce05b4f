package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.html.HtmlSanitizer;
import dev.mdquiz.generator.internal.math.Formulas;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.MathNode;
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
import java.util.function.Consumer;

/**
 * Where the parts of a quiz become HTML, for its page and the course index: question texts, options, hints,
 * feedback, explanations, ordering items, matching sides and intros. Blanks become inputs named in the page's
 * language, links to banks lead to their pages, fenced code is highlighted, formulas are MathML (see
 * {@link MathSlots}), and a part with raw HTML goes through
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
    /** Each thread's renderer context, see {@link ReusedContext}. */
    private final ThreadLocal<ReusedContext> contexts = ThreadLocal.withInitial(this::newContext);
    private final boolean sanitize;
    private final HtmlSanitizer.Findings findings;
    /** Formulas as the check stage's MathML; null in exports, which write a formula's TeX (see ExportTargets). */
    private final MathSlots math;

    /** The English name of a blank in code, for callers that name blanks alone. */
    private static final String CODE_BLANK_LABEL = "Blank {0} of {1}, line {2}";

    /** @param blankLabel a blank's accessible name, {@code {0}} standing for its number: "Blank {0}" */
    public MarkupHtml(String blankLabel) {
        this(blankLabel, CODE_BLANK_LABEL, true);
    }

    /**
     * @param codeBlankLabel a blank's accessible name in a code block: {@code {0}} its number, {@code {1}} how many
     *                       the question has, {@code {2}} its line in the code: "Blank {0} of {1}, line {2}"
     */
    public MarkupHtml(String blankLabel, String codeBlankLabel) {
        this(blankLabel, codeBlankLabel, true);
    }

    private MarkupHtml(String blankLabel, String codeBlankLabel, boolean sanitize) {
        this(builder()
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Link && attributes.containsKey("href")) {
                        attributes.put("href", PageLinks.target(attributes.get("href")));
                    }
                })
                .nodeRendererFactory(context -> new BlankRenderer(context, blankLabel))
                .nodeRendererFactory(context -> new CodeBlanksRenderer(context,
                        (blank, total, line) -> CodeBlanksRenderer.input(blank, codeBlankLabel, total, line))),
                sanitize, PAGE, new MathSlots(Formulas.inMemory()));
    }

    private MarkupHtml(HtmlRenderer.Builder builder, boolean sanitize, HtmlSanitizer.Findings findings,
                       MathSlots math) {
        if (math != null) {
            builder.nodeRendererFactory(math::renderer);
        }
        this.renderer = builder
                .nodeRendererFactory(CodeBlockRenderer::new)
                .nodeRendererFactory(RawHtmlMarker::new)
                .nodeRendererFactory(context -> each(ContextRequest.class, request -> request.context = context))
                .softbreak("\n")
                .build();
        this.sanitize = sanitize;
        this.findings = findings;
        this.math = math;
    }

    /** What pages and exports render alike: tables, and links made safe and valid URLs. */
    private static HtmlRenderer.Builder builder() {
        return HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .sanitizeUrls(true)
                .percentEncodeUrls(true); // a link written as <über uns.md> must still be a valid URL
    }

    /**
     * What an export makes of the things a page makes its own: blanks, links, images and formulas. Everything else is the
     * page's HTML exactly, raw HTML cleaned by the same allow-list.
     */
    public interface ExportTargets {
        /** The HTML standing for a blank where it is in the text. */
        String blank(BlankNode blank);

        /** Where a link leads, given as the author wrote it; empty to keep the link's text alone. */
        Optional<String> link(String destination);

        /** The address of an image, given as the author wrote it; empty to keep its description alone. */
        Optional<String> image(String destination);

        /**
         * The text standing for a formula: by default its TeX between {@code \\(...\\)} or {@code \\[...\\]}, which
         * Moodle's TeX and MathJax filters and most LMS math renderers read; escaped as text by the caller.
         */
        default String math(MathNode math) {
            return PlainText.lmsMath(math);
        }
    }

    /** Parts as an export's HTML: as on the page, but blanks, links and images are what {@code targets} make them. */
    public static MarkupHtml forExport(ExportTargets targets) {
        HtmlRenderer.Builder builder = builder()
                .nodeRendererFactory(context -> new ExportLinkRenderer(context, targets))
                .nodeRendererFactory(context -> each(BlankNode.class,
                        blank -> context.getWriter().raw(targets.blank(blank))))
                .nodeRendererFactory(context -> new CodeBlanksRenderer(context,
                        (blank, total, line) -> targets.blank(blank)))
                .nodeRendererFactory(context -> each(MathNode.class,
                        math -> context.getWriter().text(targets.math(math))));
        return new MarkupHtml(builder, true, new HtmlSanitizer.Findings() {
            @Override
            public void removed(int offset, String message) {
            }

            @Override
            public String address(int offset, String address, boolean image) {
                return (image ? targets.image(address) : targets.link(address)).orElse("");
            }
        }, null);
    }

    /** A renderer of the nodes of one type alone. */
    static <T extends Node> NodeRenderer each(Class<T> type, Consumer<T> render) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(type);
            }

            @Override
            public void render(Node node) {
                render.accept(type.cast(node));
            }
        };
    }

    /** Raw HTML left as commonmark renders it: only for tests that compare with commonmark's own rendering. */
    public static MarkupHtml unsanitized(String blankLabel) {
        return new MarkupHtml(blankLabel, CODE_BLANK_LABEL, false);
    }

    /** The part as its page shows it: formulas as MathML, put in after the author's raw HTML is cleaned. */
    public String html(Markup markup) {
        Rendered part = render(markup);
        if (part.raw().isEmpty() || !sanitize) {
            return fill(part.html(), markup);
        }
        return fill(HtmlSanitizer.sanitize(part.html(), part::authored, findings), markup);
    }

    /** The part's formulas put in their slots, once its raw HTML is cleaned; exports wrote theirs as text. */
    private String fill(String html, Markup markup) {
        return math == null ? html : math.fill(html, markup);
    }

    /**
     * The part's HTML before cleaning, formulas as slots (text), and where the author's raw HTML stands in it: what
     * {@link #html} cleans, and what the raw-HTML check cleans to report what the page loses.
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
        ReusedContext reused = contexts.get();
        if (reused.busy) { // a renderer rendering a part again: never the case today, but then not on the same output
            return newContext().render(nodes);
        }
        return reused.render(nodes);
    }

    private ReusedContext newContext() {
        StringBuilder output = new StringBuilder();
        ContextRequest request = new ContextRequest();
        renderer.render(request, output);
        return new ReusedContext(request.context, output);
    }

    /**
     * A renderer context kept for the parts a thread renders, writing into an output emptied for each part, where
     * commonmark builds one per call (a writer, and every node renderer with the node types it handles), which
     * cost more than rendering most parts. The node renderers keep no state between nodes; the writer remembers
     * whether its last character was a line break, so a part may start with one, which {@code strip} removes.
     */
    private static final class ReusedContext {
        private final HtmlNodeRendererContext context;
        private final StringBuilder output;
        private boolean busy;

        ReusedContext(HtmlNodeRendererContext context, StringBuilder output) {
            this.context = context;
            this.output = output;
        }

        String render(List<Node> nodes) {
            busy = true;
            try {
                output.setLength(0);
                nodes.forEach(context::render);
                return output.toString().strip();
            } finally {
                busy = false;
            }
        }
    }

    /** Rendered once per context, to hand the context out. */
    private static final class ContextRequest extends CustomBlock {
        private HtmlNodeRendererContext context;
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
