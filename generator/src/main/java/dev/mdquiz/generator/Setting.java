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
    EXPORT_DIRECTORY("exportDirectory");

    private final String parameter;

    Setting(String parameter) {
        this.parameter = parameter;
    }

    /** The name it is set by: {@code <cacheDirectory>} in a POM, {@code -Dquiz.cacheDirectory} on the command line. */
    public String parameter() {
        return parameter;
    }
}
