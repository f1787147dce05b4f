package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.internal.check.MathCheck;
import dev.mdquiz.generator.internal.math.Formulas;
import dev.mdquiz.generator.internal.math.TemmlEngine;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.MathNode;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.jsoup.nodes.Entities;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Formulas in a part's HTML. Commonmark writes a slot for each, and the slots are filled with their MathML once the
 * part is complete and, if it holds raw HTML, cleaned: the MathML is mdquiz's own, so it does not go through the
 * allow-list for the author's HTML, and since the slot is text until then, nothing the author writes around a
 * formula can reach into it. A slot carries a random value of this process, which no bank can guess and forge.
 */
final class MathSlots {
    private static final String SLOT = "\uE000" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12)) + "\uE001";

    private final Formulas formulas;

    MathSlots(Formulas formulas) {
        this.formulas = formulas;
    }

    NodeRenderer renderer(HtmlNodeRendererContext context) {
        return MarkupHtml.each(MathNode.class, math -> context.getWriter().raw(SLOT));
    }

    /** The part's HTML with each slot filled, in the order its formulas stand (an image's description has none). */
    String fill(String html, Markup markup) {
        if (!html.contains(SLOT)) {
            return html;
        }
        List<MathNode> shown = new ArrayList<>();
        for (MathNode math : MathCheck.formulas(markup)) {
            if (!insideImage(math)) {
                shown.add(math);
            }
        }
        StringBuilder out = new StringBuilder(html.length() + 512 * shown.size());
        int from = 0;
        int next = 0;
        for (int at = html.indexOf(SLOT); at >= 0; at = html.indexOf(SLOT, from)) {
            out.append(html, from, at);
            if (next >= shown.size()) {
                throw new IllegalStateException("more formula slots than formulas");
            }
            out.append(mathml(shown.get(next++)));
            from = at + SLOT.length();
        }
        return out.append(html, from, html.length()).toString();
    }

    private String mathml(MathNode math) {
        TemmlEngine.Result result = formulas.render(math);
        if (result.failed()) { // the check stage reported it and no page is written; a preview of the part still shows it
            return "<code>" + Entities.escape(PlainText.math(math)) + "</code>";
        }
        return result.mathml();
    }

    private static boolean insideImage(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Image) {
                return true;
            }
        }
        return false;
    }
}
