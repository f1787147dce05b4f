package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.export.gift.GiftFormat;
import dev.mdquiz.generator.internal.export.scorm.ScormFormat;
import dev.mdquiz.generator.internal.export.moodle.MoodleXmlFormat;
import dev.mdquiz.generator.internal.export.qti.QtiFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every export format, in the order they are written and listed: one line each. */
public final class ExportFormats {
    /** Makes a format with what it needs: the settings and the cache (SCORM renders the quiz's page). */
    @FunctionalInterface
    interface Factory {
        ExportFormat make(GeneratorConfig config, BuildCache cache) throws QuizBuildException;
    }

    private static final Map<String, Factory> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("moodle", (config, cache) -> new MoodleXmlFormat());
        FORMATS.put("gift", (config, cache) -> new GiftFormat());
        FORMATS.put("qti", (config, cache) -> new QtiFormat());
        FORMATS.put("scorm", ScormFormat::new);
    }

    private ExportFormats() {
    }

    /** Every format's name, in order. */
    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    /**
     * The named formats in the registry's order, each once; names are trimmed and compared ignoring case, blank
     * ones ignored, and none at all means every format.
     *
     * @throws IllegalArgumentException for a name no format has, listing those that exist
     */
    public static List<String> chosen(List<String> names) {
        List<String> wanted = new ArrayList<>();
        for (String name : names) {
            String format = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) {
                continue;
            }
            if (!FORMATS.containsKey(format)) {
                throw new IllegalArgumentException("formats names an unknown format '" + name.strip()
                        + "': the formats are " + String.join(", ", FORMATS.keySet()));
            }
            wanted.add(format);
        }
        return wanted.isEmpty() ? names() : names().stream().filter(wanted::contains).toList();
    }

    /** Every format, in order. */
    public static List<ExportFormat> all(GeneratorConfig config, BuildCache cache) throws QuizBuildException {
        return make(names(), config, cache);
    }

    /** The formats the settings choose ({@link GeneratorConfig#exportFormats()}), in order. */
    public static List<ExportFormat> chosen(GeneratorConfig config, BuildCache cache) throws QuizBuildException {
        return make(config.exportFormats(), config, cache);
    }

    private static List<ExportFormat> make(List<String> names, GeneratorConfig config, BuildCache cache)
            throws QuizBuildException {
        List<ExportFormat> formats = new ArrayList<>();
        for (String name : names) {
            formats.add(FORMATS.get(name).make(config, cache));
        }
        return formats;
    }
}
