package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.SectionInfo;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/** Reads a folder's {@code _section.md}: front matter {@code title} and {@code order}, and an intro in Markdown. */
public final class SectionParser {
    private static final List<String> KEYS = List.of("title", "order");
    private final Markdown markdown = new Markdown();

    /** @param source a file whose id ends in {@code /_section} (or is {@code _section} at the top level) */
    public SectionInfo parse(SourceFile source, Report report) {
        FrontMatter.Split front = FrontMatter.split(source.text(), report);
        for (String key : front.values().keySet()) {
            if (!KEYS.contains(key)) {
                SourcePosition at = front.keyPositions().getOrDefault(key, SourcePosition.START);
                report.warning(at, "unknown section key '" + key + "'"
                                + Suggestions.closest(key, KEYS).map(k -> "; did you mean '" + k + "'?").orElse(""));
            }
        }
        int order = new SettingsReader(front, report).order();
        Object title = front.values().get("title");
        List<Node> blocks = new ArrayList<>();
        for (Node block = markdown.parse(front.body()).getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        String folder = source.id().contains("/") ? source.id().substring(0, source.id().lastIndexOf('/')) : "";
        return new SectionInfo(folder, title == null ? "" : String.valueOf(title).strip(), order, Markup.of(blocks));
    }
}
