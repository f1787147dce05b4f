package dev.mdquiz.generator.internal.html;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What raw HTML in a bank may hold, and why the rest goes. Authors get formatting, tables, lists, details and images;
 * the page's structure, scripts, styles, forms, ids, {@code data-} attributes and the theme's class names stay the
 * theme's, so an author's markup can neither change what the page does nor what its script finds.
 */
final class HtmlPolicy {
    private static final String[] AUTHOR_TAGS = {"a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
            "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q",
            "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr"};

    /** Tags and attributes an author may write. Addresses are judged separately, by {@link #addressRefusal}. */
    static final Safelist AUTHOR = new Safelist()
            .addTags(AUTHOR_TAGS)
            .addAttributes(":all", "class", "title", "lang", "dir")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("td", "colspan", "rowspan", "align")
            .addAttributes("th", "colspan", "rowspan", "align", "scope")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("ol", "start", "type", "reversed")
            .addAttributes("details", "open")
            .addAttributes("time", "datetime")
            .addAttributes("ins", "datetime")
            .addAttributes("del", "datetime");

    /**
     * {@link #AUTHOR} plus what commonmark and mdquiz render themselves (the blanks' inputs): the last line after
     * the author's markup was judged. Addresses are not checked here, so commonmark's own links pass unchanged.
     */
    static final Safelist PAGE = new Safelist(AUTHOR)
            .addAttributes("a", "rel") // commonmark's rel="nofollow"
            .addTags("input")
            .addAttributes("input", "type", "class", "data-blank", "aria-label", "autocomplete", "autocapitalize",
                    "spellcheck", "inputmode", "data-exponent", "data-exact");

    /**
     * Every class name the default theme's templates, style and script use: an author's element with one of them
     * would be styled as, or found by the script instead of, the theme's own (the first {@code .result} in a
     * question receives its verdict). Kept in step with the theme by HtmlPolicyTest.
     */
    static final Set<String> RESERVED_CLASSES = Set.of("blank", "code-blanks", "course-index", "course-intro",
            "course-section", "explanation", "hint", "match-choices", "match-left", "match-row", "matching", "notice",
            "option", "option-feedback", "options", "order-button", "order-controls", "order-help", "order-item",
            "order-status", "order-text", "ordering", "ordering-code", "pager", "pager-label", "pager-next",
            "pager-previous", "part-mark", "print-only", "question", "question-actions", "question-mode",
            "question-number", "question-points", "quiz", "quiz-count", "quiz-description", "quiz-entry", "quiz-header",
            "quiz-intro", "quiz-list", "quiz-meta", "quiz-pass", "quiz-progress", "result", "reveal", "score",
            "secondary", "section-intro", "site-nav", "stem", "summary", "tok-c", "tok-k", "tok-n", "tok-s",
            "visually-hidden");

    /** Removed together with what they hold: their content is code, options, fallback or text never shown. */
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "noscript", "template", "style", "title",
            "textarea", "select", "option", "optgroup", "datalist", "iframe", "frame", "frameset", "object", "embed",
            "applet", "svg", "math");

    private static final String SCRIPT = "pages run only the theme's script";
    private static final String STYLE = "pages are styled only by the theme; to change the style, edit a copy of it"
            + " (quiz:eject-theme)";
    private static final String EMBED = "pages embed nothing and load nothing from elsewhere";
    private static final String FORM = "the quiz's own controls are the only ones on a page; write a [[blank]], a task"
            + " list or a numbered list to order instead";
    private static final String STRUCTURE = "the page's landmarks and sections belong to the theme; what the tag held"
            + " stays";
    private static final Map<String, String> TAG_REASONS = reasons(
            SCRIPT, "script noscript template",
            STYLE, "style",
            EMBED, "iframe frame frameset object embed applet portal fencedframe link",
            FORM, "form input button select option optgroup textarea label fieldset legend datalist output",
            STRUCTURE, "main nav header footer aside section article search html head body",
            "it could refresh or redirect the page; the page's head belongs to the theme", "meta",
            "it would send every relative link of the page elsewhere", "base",
            "the page's title comes from the bank's title", "title",
            "save the drawing or formula as an image beside the bank and show it with ![description](file.svg)",
            "svg math");

    private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):.*", Pattern.DOTALL);
    /** What browsers ignore in an address: ASCII whitespace and control characters ({@code java&#9;script:}). */
    private static final Pattern IGNORED_IN_ADDRESS = Pattern.compile("[\\x00-\\x20\\x7F]");

    private HtmlPolicy() {
    }

    /** Why an author's element may not stay, or empty when it may. */
    static Optional<String> refusal(Element element) {
        String tag = element.normalName();
        if (!AUTHOR.isSafeTag(tag)) {
            return Optional.of(TAG_REASONS.getOrDefault(tag, "only formatting such as <sub>, <kbd>, <mark> or"
                    + " <details>, tables, lists and images are allowed"));
        }
        if (tag.equals("li") && !(element.parentNameIs("ul") || element.parentNameIs("ol"))) {
            return Optional.of("a list item outside a list would break out of the list around it; what it held stays");
        }
        if ((tag.equals("dt") || tag.equals("dd")) && !element.parentNameIs("dl")) {
            return Optional.of("it belongs inside a <dl>; what it held stays");
        }
        return Optional.empty();
    }

    static boolean dropsContent(String tag) {
        return DROPPED_WITH_CONTENT.contains(tag);
    }

    /** Why an author's attribute may not stay, or empty when it may; classes and addresses are judged apart. */
    static Optional<String> attributeRefusal(Element element, Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
            return Optional.of(SCRIPT);
        }
        if (key.equals("style")) {
            return Optional.of(STYLE);
        }
        if (key.equals("id")) {
            return Optional.of("ids belong to the page: each question's (q1, q2, ... or the one set with"
                    + " <!-- quiz: id=... -->) and the theme's");
        }
        if (key.startsWith("data-")) {
            return Optional.of("data- attributes belong to the theme and its script");
        }
        if (!AUTHOR.isSafeAttribute(element.normalName(), element, attribute)) {
            return Optional.of("only class, title, lang and dir are allowed, and href on links, src, alt, width and"
                    + " height on images, colspan, rowspan and align on table cells");
        }
        return Optional.empty();
    }

    /** Whether the attribute is an address a page follows or loads: a link's href or an image's src. */
    static boolean isAddress(Element element, String key) {
        return element.nameIs("a") && key.equals("href") || element.nameIs("img") && key.equals("src");
    }

    /** Why an author's address may not stay ({@code javascript:}, {@code data:}, ...), or empty when it may. */
    static Optional<String> addressRefusal(Element element, String address) {
        Matcher scheme = SCHEME.matcher(IGNORED_IN_ADDRESS.matcher(address).replaceAll(""));
        if (!scheme.matches()) {
            return Optional.empty(); // relative: checked and published like a Markdown link
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (element.nameIs("img")) {
            return name.equals("http") || name.equals("https") ? Optional.empty()
                    : Optional.of("images must be files beside the bank, linked by a relative path");
        }
        return Set.of("http", "https", "mailto").contains(name) ? Optional.empty()
                : Optional.of("links may only be relative paths or http, https and mailto addresses");
    }

    /** Why a tag the parser dropped went: one that closes nothing, or one that cannot stand where it is. */
    static String droppedTagReason(String tag, boolean endTag) {
        if (endTag) {
            return "it closes nothing opened before it in the same part of the page; each question text, option,"
                    + " hint, feedback and explanation must close the tags it opens";
        }
        return TAG_REASONS.getOrDefault(tag, "it cannot stand where it is (a table cell outside a table, for example)");
    }

    private static Map<String, String> reasons(String... reasonThenTags) {
        Map<String, String> reasons = new HashMap<>();
        for (int i = 0; i < reasonThenTags.length; i += 2) {
            String reason = reasonThenTags[i];
            Arrays.stream(reasonThenTags[i + 1].split(" ")).forEach(tag -> reasons.put(tag, reason));
        }
        return Map.copyOf(reasons);
    }
}
