package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.SourcePosition;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** The file line of the front matter's first line, after the opening {@code ---}. */
    private static final int FIRST_LINE = 2;
    /** A line that starts a top-level key: a name at the start of the line, then a colon. */
    private static final Pattern KEY_LINE = Pattern.compile("[A-Za-z_][\\w.-]*[ \t]*:(?:[ \t\r]|$)");
    /** What to do about a scalar or collection YAML saw opened and never closed ({0}: its opening character). */
    private static final Map<String, String> UNCLOSED = Map.of(
            "while scanning a quoted scalar", "the quote ({0}) is not closed: close the quote at the end of the value",
            "while parsing a flow sequence", "the [ is not closed: close it with ], or put the value in quotes if the [ is text",
            "while parsing a flow mapping", "the { is not closed: close it with }, or put the value in quotes if the { is text");

    /**
     * @param values       the top-level keys and their loaded values
     * @param keyPositions where each key stands in the file
     * @param body         the bank with front matter lines emptied
     */
    record Split(Map<String, Object> values, Map<String, SourcePosition> keyPositions, String body) {
    }

    private FrontMatter() {
    }

    static Split split(String text, Report report) {
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
            report.add(1, 1, Severity.ERROR,
                    "front matter is not closed: end it with a line holding only ---");
            return new Split(Map.of(), Map.of(), blank(lines, 0, 0));
        }
        Parsed parsed = parse(Arrays.asList(lines).subList(1, closing), report);
        return new Split(parsed.values(), parsed.positions(), blank(lines, 0, closing));
    }

    /** Loaded values and where their keys stand. */
    private record Parsed(Map<String, Object> values, Map<String, SourcePosition> positions) {
        static final Parsed NONE = new Parsed(Map.of(), Map.of());
    }

    /** @param yaml the lines between the {@code ---} lines: the first is line 2 of the file */
    private static Parsed parse(List<String> yaml, Report report) {
        Object loaded;
        try {
            loaded = load(yaml, report.path());
        } catch (YamlEngineException e) {
            return recover(yaml, e, report);
        }
        if (loaded == null) {
            return Parsed.NONE;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            report.add(FIRST_LINE, 1, Severity.ERROR,
                    "front matter must be a list of key: value lines");
            return Parsed.NONE;
        }
        return new Parsed(strings(map), keyPositions(yaml, FIRST_LINE));
    }

    /**
     * After a YAML error each top-level key is loaded on its own (with the indented lines below it), so that the
     * keys that are fine are still checked in the same run, and an error is reported at the key whose value is
     * broken: an unclosed quote takes in every line after it, and on its own YAML would only stumble later on.
     * Only when no key fails on its own (a key given twice, say) is the error of the whole front matter reported.
     */
    private static Parsed recover(List<String> yaml, YamlEngineException whole, Report report) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        boolean reported = false;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < yaml.size(); i++) {
            if (KEY_LINE.matcher(yaml.get(i)).lookingAt()) {
                starts.add(i);
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            List<String> entry = yaml.subList(from, k + 1 < starts.size() ? starts.get(k + 1) : yaml.size());
            try {
                if (load(entry, report.path()) instanceof Map<?, ?> map) {
                    values.putAll(strings(map));
                    positions.putAll(keyPositions(entry, FIRST_LINE + from));
                }
            } catch (YamlEngineException e) {
                report.add(diagnostic(e, entry, FIRST_LINE + from, report.path()));
                reported = true;
            }
        }
        if (!reported) {
            report.add(diagnostic(whole, yaml, FIRST_LINE, report.path()));
        }
        return new Parsed(values, positions);
    }

    private static Object load(List<String> yaml, String displayPath) {
        return new Load(LoadSettings.builder().setLabel(displayPath).build()).loadFromString(text(yaml));
    }

    /**
     * An error at the line and column where YAML found it, except for a quote, bracket or brace still open at the
     * end: that one is reported where it opens, which is where the author has to look.
     *
     * @param firstLine the file line of {@code yaml}'s first line
     */
    private static Diagnostic diagnostic(YamlEngineException error, List<String> yaml, int firstLine, String displayPath) {
        if (!(error instanceof MarkedYamlEngineException marked)) {
            return new Diagnostic(displayPath, firstLine, 1, Severity.ERROR, "invalid front matter: " + error.getMessage());
        }
        String text = text(yaml);
        int length = text.codePointCount(0, text.length()); // marks count code points
        Optional<Mark> opened = marked.getContextMark();
        boolean atEnd = marked.getProblemMark().map(m -> m.getIndex() >= length).orElse(false);
        String unclosed = atEnd && opened.isPresent() && marked.getContext() != null
                ? UNCLOSED.get(marked.getContext()) : null;
        if (unclosed != null) {
            Mark at = opened.get();
            String opener = text.codePoints().skip(at.getIndex()).limit(1).mapToObj(Character::toString)
                    .findFirst().orElse("\"");
            return new Diagnostic(displayPath, firstLine + at.getLine(), at.getColumn() + 1, Severity.ERROR,
                    "invalid front matter: " + unclosed.replace("{0}", opener));
        }
        int line = marked.getProblemMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
        int column = marked.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
        return new Diagnostic(displayPath, line, column, Severity.ERROR, "invalid front matter: " + marked.getProblem());
    }

    private static String text(List<String> yaml) {
        StringBuilder text = new StringBuilder();
        yaml.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static Map<String, Object> strings(Map<?, ?> map) {
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return values;
    }

    /** Key positions come from the composed node tree, which keeps marks. */
    private static Map<String, SourcePosition> keyPositions(List<String> yaml, int firstLine) {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        Optional<Node> root = new Compose(LoadSettings.builder().build()).composeString(text(yaml));
        if (root.isPresent() && root.get() instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    key.getStartMark().ifPresent(mark ->
                            positions.put(key.getValue(), new SourcePosition(firstLine + mark.getLine(), mark.getColumn() + 1)));
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
