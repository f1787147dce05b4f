package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.NumericGrid;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders a blank as a text input named in the page's language; numeric ranges carry the public grid their keys
 * were made on.
 */
final class BlankRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final String label;

    /** @param label the blank's accessible name, {@code {0}} standing for its number: "Blank {0}" */
    BlankRenderer(HtmlNodeRendererContext context, String label) {
        this.context = context;
        this.label = label;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(BlankNode.class);
    }

    @Override
    public void render(Node node) {
        BlankNode blank = (BlankNode) node;
        context.getWriter().tag("input", attributes(blank, label.replace("{0}", Integer.toString(blank.number()))), true);
    }

    /** An input's attributes: what the page's script reads, and its accessible name. */
    static Map<String, String> attributes(BlankNode blank, String accessibleName) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!(blank.blank() instanceof Answer.LinesBlank)) {
            attributes.put("type", "text");
        }
        attributes.put("class", "blank");
        attributes.put("data-blank", "b" + blank.number());
        attributes.put("aria-label", accessibleName);
        attributes.put("autocomplete", "off");
        attributes.put("autocapitalize", "off");
        attributes.put("spellcheck", "false");
        if (blank.blank() instanceof Answer.NumericBlank numeric) {
            NumericGrid grid = NumericGrid.of(numeric);
            attributes.put("inputmode", "decimal");
            // a range's grid says its width to within a factor of ten; an exact number's would say its last digit
            if (grid.exact()) {
                attributes.put("data-exact", "");
            } else {
                attributes.put("data-exponent", Integer.toString(grid.exponent()));
            }
        }
        if (blank.blank() instanceof Answer.LinesBlank lines) {
            // a box with as many rows as the expected lines, as a worksheet's answer box has (docs/format.md)
            attributes.put("data-lines", "");
            attributes.put("rows", Long.toString(Math.max(2, lines.text().lines().count())));
        }
        return attributes;
    }
}
