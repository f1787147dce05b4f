package dev.mdquiz.generator.internal.fork;

import dev.mdquiz.generator.GeneratorConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A configuration as properties, for the generator's own JVM: every setting as the parent resolved it. */
public final class ConfigProperties {
    private ConfigProperties() {
    }

    public static Properties of(GeneratorConfig config) {
        Properties properties = new Properties();
        putPath(properties, "sourceDirectory", config.sourceDirectory());
        putPath(properties, "outputDirectory", config.outputDirectory());
        putPath(properties, "displayRoot", config.displayRoot());
        putPath(properties, "buildDirectory", config.buildDirectory());
        putPath(properties, "cacheDirectory", config.cacheDirectory());
        putPath(properties, "themeDirectory", config.themeDirectory());
        putPath(properties, "answerKeyDirectory", config.answerKeyDirectory());
        putPath(properties, "exportDirectory", config.exportDirectory());
        properties.setProperty("siteTitle", config.siteTitle());
        properties.setProperty("siteLanguage", config.siteLanguage());
        properties.setProperty("ordering", config.ordering().name());
        putList(properties, "resources", config.resources());
        putList(properties, "exportFormats", config.exportFormats());
        properties.setProperty("keySecret", config.keySecret());
        properties.setProperty("keyIterations", Integer.toString(config.keyIterations()));
        properties.setProperty("choiceKeyIterations", Integer.toString(config.choiceKeyIterations()));
        properties.setProperty("failOnWarning", Boolean.toString(config.failOnWarning()));
        return properties;
    }

    public static GeneratorConfig read(Properties properties) {
        return GeneratorConfig.builder(path(properties, "sourceDirectory"), path(properties, "outputDirectory"))
                .displayRoot(path(properties, "displayRoot"))
                .buildDirectory(path(properties, "buildDirectory"))
                .cacheDirectory(path(properties, "cacheDirectory"))
                .themeDirectory(path(properties, "themeDirectory"))
                .answerKeyDirectory(path(properties, "answerKeyDirectory"))
                .exportDirectory(path(properties, "exportDirectory"))
                .siteTitle(properties.getProperty("siteTitle"))
                .siteLanguage(properties.getProperty("siteLanguage"))
                .ordering(GeneratorConfig.Ordering.valueOf(properties.getProperty("ordering")))
                .resources(list(properties, "resources"))
                .exportFormats(list(properties, "exportFormats"))
                .keySecret(properties.getProperty("keySecret"))
                .keyIterations(Integer.parseInt(properties.getProperty("keyIterations")))
                .choiceKeyIterations(Integer.parseInt(properties.getProperty("choiceKeyIterations")))
                .failOnWarning(Boolean.parseBoolean(properties.getProperty("failOnWarning")))
                .build();
    }

    private static void putPath(Properties properties, String key, Path path) {
        if (path != null) {
            properties.setProperty(key, path.toString());
        }
    }

    private static Path path(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null ? null : Path.of(value);
    }

    private static void putList(Properties properties, String key, List<String> values) {
        properties.setProperty(key + ".count", Integer.toString(values.size()));
        for (int i = 0; i < values.size(); i++) {
            properties.setProperty(key + "." + i, values.get(i));
        }
    }

    private static List<String> list(Properties properties, String key) {
        int count = Integer.parseInt(properties.getProperty(key + ".count", "0"));
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(properties.getProperty(key + "." + i));
        }
        return values;
    }
}
