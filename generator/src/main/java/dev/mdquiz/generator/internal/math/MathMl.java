package dev.mdquiz.generator.internal.math;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Temml's MathML made fit for the page: MathML Core, which browsers render natively, with the TeX as its alternative
 * text and accessible name ({@code alttext}, {@code aria-label}). The page's Content-Security-Policy allows no {@code style} attribute, so the declarations
 * Temml writes inline become the MathML attributes that say the same ({@code color} is {@code mathcolor},
 * {@code math-depth} is {@code scriptlevel}, a display formula's {@code display: block math} is its
 * {@code display="block"}); the rest (cell padding in arrays and matrices, {@code \boxed}'s border) is dropped and
 * the browser's own MathML layout applies. Temml's classes go too: they serve a stylesheet the page does not have.
 */
final class MathMl {
    private static final Map<String, String> STYLE_ATTRIBUTES = Map.of(
            "color", "mathcolor",
            "background-color", "mathbackground",
            "math-depth", "scriptlevel");

    private MathMl() {
    }

    static String forPage(String temml, String tex) {
        Document document = Parser.xmlParser().parseInput(temml, "");
        document.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.xhtml)
                .syntax(Document.OutputSettings.Syntax.html);
        Element math = document.selectFirst("math");
        if (math == null) {
            throw new IllegalStateException("Temml wrote no <math> element");
        }
        for (Element element : math.getAllElements()) {
            element.removeAttr("class");
            String style = element.attr("style");
            element.removeAttr("style");
            for (String declaration : style.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String attribute = STYLE_ATTRIBUTES.get(property);
                    if (attribute != null && !element.hasAttr(attribute)) {
                        element.attr(attribute, declaration.substring(colon + 1).strip());
                    }
                }
            }
        }
        // MathML's own alternative text, and the accessible name that ARIA's name computation (and axe) reads: a
        // <math> names itself only by an author's label, so an option that is a formula alone would have no name
        math.attr("alttext", tex.strip());
        math.attr("aria-label", tex.strip());
        return math.outerHtml();
    }
}
