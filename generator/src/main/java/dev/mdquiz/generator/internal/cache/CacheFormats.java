package dev.mdquiz.generator.internal.cache;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies of the cache's files, below the header line {@link BuildCache} checks: lines for manifests, YAML for the last
 * build, {@code derivation material} lines for stretched keys. Each reader checks the shape of what it finds and
 * gives empty for anything else, so a file of the right header but the wrong content counts as absent too.
 */
final class CacheFormats {
    private static final Pattern KEY_LINE = Pattern.compile("([0-9a-f]{64}) ([0-9a-f]{64})");

    private CacheFormats() {
    }

    /**
     * One line per file, {@code <input hash> <size> <modified> <path>}: a big site's manifest is read at every
     * rebuild, and lines read in a fraction of YAML's time. The path comes last, so spaces in it need no quoting;
     * '%', CR and LF in it are percent-encoded.
     */
    static String manifest(Manifest manifest) {
        StringBuilder lines = new StringBuilder(manifest.entries().size() * 120);
        manifest.entries().forEach((path, entry) -> lines.append(entry.input()).append(' ').append(entry.size())
                .append(' ').append(entry.modified()).append(' ').append(encodePath(path)).append('\n'));
        return lines.toString();
    }

    static Optional<Manifest> manifest(String lines) {
        Manifest manifest = new Manifest();
        for (String line : lines.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(" ", 4);
            if (fields.length < 4 || fields[0].isEmpty() || fields[3].isEmpty()) {
                return Optional.empty();
            }
            try {
                manifest.put(decodePath(fields[3]), new Manifest.Entry(fields[0], Long.parseLong(fields[1]),
                        Long.parseLong(fields[2])));
            } catch (IllegalArgumentException notAManifest) { // a number that is none, a broken escape
                return Optional.empty();
            }
        }
        return Optional.of(manifest);
    }

    private static String encodePath(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String decodePath(String path) {
        StringBuilder decoded = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                decoded.append(c);
                continue;
            }
            String escape = i + 3 <= path.length() ? path.substring(i, i + 3) : "";
            switch (escape) {
                case "%25" -> decoded.append('%');
                case "%0D" -> decoded.append('\r');
                case "%0A" -> decoded.append('\n');
                default -> throw new IllegalArgumentException("not an escape: " + escape);
            }
            i += 2;
        }
        return decoded.toString();
    }

    static String lastBuild(BuildRecord record) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("inputs", record.inputs());
        root.put("displayRoot", record.displayRoot());
        root.put("quizzes", record.quizzes());
        root.put("questions", record.questions());
        root.put("warnings", record.warnings().stream().map(CacheFormats::diagnostic).toList());
        return dump(root);
    }

    static Optional<BuildRecord> lastBuild(String yaml) {
        if (!(load(yaml) instanceof Map<?, ?> root) || !(root.get("inputs") instanceof String inputs)
                || !(root.get("displayRoot") instanceof String displayRoot)
                || !(root.get("quizzes") instanceof Integer quizzes)
                || !(root.get("questions") instanceof Integer questions)
                || !(root.get("warnings") instanceof List<?> list)) {
            return Optional.empty();
        }
        List<Diagnostic> warnings = new ArrayList<>();
        for (Object item : list) {
            Optional<Diagnostic> warning = diagnostic(item);
            if (warning.isEmpty()) {
                return Optional.empty();
            }
            warnings.add(warning.get());
        }
        return Optional.of(new BuildRecord(inputs, displayRoot, quizzes, questions, warnings));
    }

    private static Map<String, Object> diagnostic(Diagnostic diagnostic) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("path", diagnostic.path());
        values.put("line", diagnostic.line());
        values.put("column", diagnostic.column());
        values.put("severity", diagnostic.severity().name());
        values.put("message", diagnostic.message());
        return values;
    }

    private static Optional<Diagnostic> diagnostic(Object yaml) {
        if (!(yaml instanceof Map<?, ?> values) || !(values.get("path") instanceof String path)
                || !(values.get("line") instanceof Integer line) || !(values.get("column") instanceof Integer column)
                || !(values.get("severity") instanceof String severity)
                || !(values.get("message") instanceof String message)) {
            return Optional.empty();
        }
        return Arrays.stream(Severity.values()).filter(known -> known.name().equals(severity)).findFirst()
                .map(known -> new Diagnostic(path, line, column, known, message));
    }

    /** One line per derivation: its cache key and its material, both in hex. */
    static String derivedKeys(Map<String, String> material) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(material).forEach((key, value) -> text.append(key).append(' ').append(value).append('\n'));
        return text.toString();
    }

    static Optional<Map<String, String>> derivedKeys(String text) {
        Map<String, String> material = new TreeMap<>();
        for (String line : text.split("\n")) {
            Matcher entry = KEY_LINE.matcher(line);
            if (entry.matches()) {
                material.put(entry.group(1), entry.group(2));
            } else if (!line.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(material);
    }

    /** A whole number as YAML loads it: an Integer or, past its range, a Long. */
    private static OptionalLong whole(Object value) {
        return value instanceof Integer || value instanceof Long ? OptionalLong.of(((Number) value).longValue())
                : OptionalLong.empty();
    }

    private static String dump(Map<String, Object> root) {
        return new Dump(DumpSettings.builder().build()).dumpToString(root);
    }

    /**
     * The YAML tree of a body whose checksum {@link BuildCache} verified, so it is one this class wrote. Only a file
     * forged to match its checksum could fail to parse; it then counts as absent like any other foreign file.
     */
    private static Object load(String yaml) {
        // the cache's own files may exceed the default limit of 3 MB: a big site's manifest does
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        try {
            return new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException forged) {
            return null;
        }
    }
}
