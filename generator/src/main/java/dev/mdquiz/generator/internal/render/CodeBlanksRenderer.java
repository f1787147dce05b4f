package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.BlankNode;
import dev.mdquiz.generator.model.CodeWithBlanks;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a code block with blanks: the code is highlighted with a placeholder where each blank stands (the answer
 * never reaches the highlighter, so no token class can hint at it), then the inputs go in the placeholders' place.
 * Each input is named "Blank 2 of 3, line 4" in the page's language; an answer of several lines is a text area.
 */
final class CodeBlanksRenderer implements NodeRenderer {
    /** commonmark turns every U+0000 of a bank into U+FFFD, so no code holds one. */
    private static final char PLACEHOLDER = '\0';

    private final HtmlNodeRendererContext context;
    private final BlankHtml blanks;

    /** What stands for a blank in the code: an input on the page, what an export makes of it elsewhere. */
    @FunctionalInterface
    interface BlankHtml {
        /** @param total the question's blanks; @param line the blank's line in the code, from 1 */
        String html(BlankNode blank, int total, int line);
    }

    CodeBlanksRenderer(HtmlNodeRendererContext context, BlankHtml blanks) {
        this.context = context;
        this.blanks = blanks;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(CodeWithBlanks.class);
    }

    @Override
    public void render(Node node) {
        CodeWithBlanks code = (CodeWithBlanks) node;
        StringBuilder text = new StringBuilder();
        List<String> inputs = new ArrayList<>();
        for (Node part = code.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof Text run) {
                text.append(run.getLiteral());
            } else if (part instanceof BlankNode blank) {
                int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
                inputs.add(blanks.html(blank, code.questionBlanks(), line));
                text.append(PLACEHOLDER);
            }
        }
        String literal = text.toString();
        if (literal.endsWith("\n")) {
            literal = literal.substring(0, literal.length() - 1); // as commonmark's literal ends, so the block ends
        }
        String language = code.language();
        String highlighted = CodeHighlighter.highlight(literal, language);
        StringBuilder html = new StringBuilder(highlighted.length() + 200 * inputs.size());
        int next = 0;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == PLACEHOLDER) {
                html.append(inputs.get(next++));
            } else {
                html.append(c);
            }
        }
        context.getWriter().line();
        context.getWriter().raw(CodeBlockRenderer.pre(" class=\"code-blanks\"", language, html.toString()));
        context.getWriter().line();
    }

    /** The page's input for a blank in code; {@code label}: {0} its number, {1} the question's blanks, {2} the line. */
    static String input(BlankNode blank, String label, int total, int line) {
        String name = label.replace("{0}", Integer.toString(blank.number())).replace("{1}", Integer.toString(total))
                .replace("{2}", Integer.toString(line));
        Map<String, String> attributes = BlankRenderer.attributes(blank, name);
        boolean lines = blank.blank() instanceof Answer.LinesBlank;
        StringBuilder tag = new StringBuilder(lines ? "<textarea" : "<input");
        attributes.forEach((key, value) -> {
            tag.append(' ').append(key);
            if (!value.isEmpty() || !key.startsWith("data-")) {
                tag.append("=\"").append(CodeHighlighter.escape(value)).append('"');
            }
        });
        return tag.append(lines ? "></textarea>" : ">").toString();
    }
}
