package dev.mdquiz.generator.internal.fork;

import dev.mdquiz.generator.GeneratorConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The generator's own JVM gets every setting as the parent resolved it. */
class ConfigPropertiesTest {
    @Test
    void everySettingComesBackAsItWas() {
        GeneratorConfig config = GeneratorConfig.builder(Path.of("/course/src/quiz"), Path.of("/course/site"))
                .displayRoot(Path.of("/course")).buildDirectory(Path.of("/course/target"))
                .cacheDirectory(Path.of("/tmp/cache dir")).themeDirectory(Path.of("/course/theme"))
                .answerKeyDirectory(Path.of("/course/keys")).exportDirectory(Path.of("/course/export"))
                .siteTitle("Cours d'été = \"fun\"\nsecond line").siteLanguage("pt-BR")
                .ordering(GeneratorConfig.Ordering.TITLE).resources(List.of("img/*.png", "data/**"))
                .exportFormats(List.of("gift", "moodle")).keySecret("s3cr=t:#!").keyIterations(1234)
                .choiceKeyIterations(7).failOnWarning(true).build();

        GeneratorConfig read = ConfigProperties.read(ConfigProperties.of(config));

        assertEquals(config.sourceDirectory(), read.sourceDirectory());
        assertEquals(config.outputDirectory(), read.outputDirectory());
        assertEquals(config.displayRoot(), read.displayRoot());
        assertEquals(config.buildDirectory(), read.buildDirectory());
        assertEquals(config.cacheDirectory(), read.cacheDirectory());
        assertEquals(config.themeDirectory(), read.themeDirectory());
        assertEquals(config.answerKeyDirectory(), read.answerKeyDirectory());
        assertEquals(config.exportDirectory(), read.exportDirectory());
        assertEquals(config.siteTitle(), read.siteTitle());
        assertEquals(config.siteLanguage(), read.siteLanguage());
        assertEquals(config.ordering(), read.ordering());
        assertEquals(config.resources(), read.resources());
        assertEquals(config.exportFormats(), read.exportFormats());
        assertEquals(config.keySecret(), read.keySecret());
        assertEquals(config.keyIterations(), read.keyIterations());
        assertEquals(config.choiceKeyIterations(), read.choiceKeyIterations());
        assertEquals(config.failOnWarning(), read.failOnWarning());
    }

    @Test
    void unsetFoldersStayUnset() {
        GeneratorConfig config = GeneratorConfig.builder(Path.of("/course/src/quiz"), Path.of("/course/site")).build();
        GeneratorConfig read = ConfigProperties.read(ConfigProperties.of(config));
        assertNull(read.buildDirectory());
        assertNull(read.themeDirectory());
        assertEquals(config.cacheDirectory(), read.cacheDirectory());
        assertEquals(config.exportFormats(), read.exportFormats());
    }
}
