package dev.mdquiz.generator;

/**
 * A setting a build failure can concern, so that the message can say what to check. Named as the Maven plugin's
 * parameters (and {@link GeneratorConfig.Builder}'s methods) are.
 */
public enum Setting {
    SOURCE_DIRECTORY("sourceDirectory"),
    OUTPUT_DIRECTORY("outputDirectory"),
    THEME_DIRECTORY("themeDirectory"),
    ANSWER_KEY_DIRECTORY("answerKeyDirectory"),
    CACHE_DIRECTORY("cacheDirectory"),
    EXPORT_DIRECTORY("exportDirectory"),
    /** quiz:import's file to read. */
    IMPORT_FILE("file"),
    /** quiz:import's format, when the file's name and content do not tell. */
    IMPORT_FORMAT("importFormat"),
    /** The heap of the JVM that quiz:generate builds in (see {@link ForkedGenerator}). */
    FORK_MAX_HEAP("forkMaxHeap");

    private final String parameter;

    Setting(String parameter) {
        this.parameter = parameter;
    }

    /** The name it is set by: {@code <cacheDirectory>} in a POM, {@code -Dquiz.cacheDirectory} on the command line. */
    public String parameter() {
        return parameter;
    }
}
