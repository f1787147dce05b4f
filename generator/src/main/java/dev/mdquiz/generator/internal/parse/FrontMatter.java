package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.model.SourcePosition;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits YAML front matter ({@code ---} ... {@code ---}) off a bank and parses it with SnakeYAML Engine.
 * The front matter lines are blanked rather than removed so Markdown line numbers stay those of the file.
 */
final class FrontMatter {
    private static final Pattern OPENING = Pattern.compile("---[ \t]*");
    private static final Pattern CLOSING = Pattern.compile("(---|\\.\\.\\.)[ \t]*");

    /**
     * @param values       the top-level keys and their loaded values
     * @param keyPositions where each key stands in the file
     * @param body         the bank with front matter lines emptied
     */
    record Split(Map<String, Object> values, Map<String, SourcePosition> keyPositions, String body) {
    }

    private FrontMatter() {
    }

    static Split split(String text, String displayPath, List<Diagnostic> problems) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !OPENING.matcher(lines[0]).matches()) {
            return new Split(Map.of(), Map.of(), text);
        }
        int closing = -1;
        for (int i = 1; i < lines.length; i++) {
            if (CLOSING.matcher(lines[i]).matches()) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            problems.add(new Diagnostic(displayPath, 1, 1, Severity.ERROR,
                    "front matter is not closed: end it with a line holding only ---"));
            return new Split(Map.of(), Map.of(), blank(lines, 0, 0));
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < closing; i++) {
            yaml.append(lines[i]).append('\n');
        }
        Map<String, Object> values = parseYaml(yaml.toString(), displayPath, problems);
        Map<String, SourcePosition> positions = values.isEmpty() ? Map.of() : keyPositions(yaml.toString());
        return new Split(values, positions, blank(lines, 0, closing));
    }

    private static Map<String, Object> parseYaml(String yaml, String displayPath, List<Diagnostic> problems) {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(displayPath).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(1); // +1 for 1-based, +1 for the opening ---
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
            problems.add(new Diagnostic(displayPath, line, column, Severity.ERROR,
                    "invalid front matter: " + e.getProblem()));
            return Map.of();
        } catch (YamlEngineException e) {
            problems.add(new Diagnostic(displayPath, 1, 1, Severity.ERROR, "invalid front matter: " + e.getMessage()));
            return Map.of();
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(new Diagnostic(displayPath, 2, 1, Severity.ERROR,
                    "front matter must be a list of key: value lines"));
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return values;
    }

    /** Key positions come from the composed node tree, which keeps marks; the file line is the YAML line + 2. */
    private static Map<String, SourcePosition> keyPositions(String yaml) {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        Optional<org.snakeyaml.engine.v2.nodes.Node> root = new Compose(LoadSettings.builder().build()).composeString(yaml);
        if (root.isPresent() && root.get() instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    key.getStartMark().ifPresent(mark ->
                            positions.put(key.getValue(), new SourcePosition(mark.getLine() + 2, mark.getColumn() + 1)));
                }
            }
        }
        return positions;
    }

    private static String blank(String[] lines, int from, int to) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                body.append('\n');
            }
            if (i < from || i > to) {
                body.append(lines[i]);
            }
        }
        return body.toString();
    }
}
