package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayList;
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
    /** Immutable, so shared by every bank; the label is left out, since no diagnostic shows it. */
    private static final LoadSettings SETTINGS = LoadSettings.builder().build();
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

    /** Reads only the front matter's lines: the rest of the bank is passed on as it is. */
    static Split split(String text, Report report) {
        int lineEnd = lineEnd(text, 0);
        if (!OPENING.matcher(text).region(0, lineEnd).matches()) {
            return new Split(Map.of(), Map.of(), text);
        }
        List<String> yaml = new ArrayList<>();
        while (lineEnd < text.length()) {
            int lineStart = lineEnd + 1;
            lineEnd = lineEnd(text, lineStart);
            if (CLOSING.matcher(text).region(lineStart, lineEnd).matches()) {
                Parsed parsed = parse(yaml, report);
                int closingLine = yaml.size() + 1; // 0-based, as many line breaks before it
                return new Split(parsed.values(), parsed.positions(), blankLines(text, closingLine, lineEnd));
            }
            yaml.add(text.substring(lineStart, lineEnd));
        }
        report.add(1, 1, Severity.ERROR,
                "front matter is not closed: end it with a line holding only ---");
        return new Split(Map.of(), Map.of(), blankLines(text, 0, lineEnd(text, 0)));
    }

    private static int lineEnd(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        return end < 0 ? text.length() : end;
    }

    /** Loaded values and where their keys stand. */
    private record Parsed(Map<String, Object> values, Map<String, SourcePosition> positions) {
        static final Parsed NONE = new Parsed(Map.of(), Map.of());
    }

    /** @param yaml the lines between the {@code ---} lines: the first is line 2 of the file */
    private static Parsed parse(List<String> yaml, Report report) {
        Loaded loaded;
        try {
            loaded = load(yaml);
        } catch (YamlEngineException e) {
            return recover(yaml, e, report);
        }
        if (loaded.value() == null) {
            return Parsed.NONE;
        }
        if (!(loaded.value() instanceof Map<?, ?> map)) {
            report.add(FIRST_LINE, 1, Severity.ERROR,
                    "front matter must be a list of key: value lines");
            return Parsed.NONE;
        }
        return new Parsed(strings(map), keyPositions(loaded.root(), FIRST_LINE));
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
                Loaded loaded = load(entry);
                if (loaded.value() instanceof Map<?, ?> map) {
                    values.putAll(strings(map));
                    positions.putAll(keyPositions(loaded.root(), FIRST_LINE + from));
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

    /** The loaded value and the node tree it comes from, which keeps where each key stands. */
    private record Loaded(Object value, Node root) {
    }

    /** Composes the YAML once, for both its value and its marks, the way {@code Load.loadFromString} does. */
    private static Loaded load(List<String> yaml) {
        StreamReader reader = new StreamReader(SETTINGS, text(yaml));
        Optional<Node> root = new Composer(SETTINGS, new ParserImpl(SETTINGS, reader)).getSingleNode();
        return new Loaded(new StandardConstructor(SETTINGS).constructSingleDocument(root), root.orElse(null));
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
    private static Map<String, SourcePosition> keyPositions(Node root, int firstLine) {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    key.getStartMark().ifPresent(mark ->
                            positions.put(key.getValue(), new SourcePosition(firstLine + mark.getLine(), mark.getColumn() + 1)));
                }
            }
        }
        return positions;
    }

    /**
     * The text with everything before {@code end} replaced by its {@code lineBreaks} line breaks: the front matter's
     * lines stay, empty, so line numbers stay those of the file.
     */
    private static String blankLines(String text, int lineBreaks, int end) {
        StringBuilder body = new StringBuilder(lineBreaks + text.length() - end);
        for (int i = 0; i < lineBreaks; i++) {
            body.append('\n');
        }
        return body.append(text, end, text.length()).toString();
    }
}
