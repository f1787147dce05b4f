package dev.mdquiz.generator.internal.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sanitizing raw HTML changes nothing where the author wrote none: every bank of the sample course, of the test
 * resources and of the plugin's fixture projects, and every example of docs/format.md outside its Raw HTML section,
 * renders byte for byte as commonmark renders it, and the raw-HTML check finds neither links nor anything to report.
 */
class SanitizingLeavesMarkdownAloneTest {
    private static final List<Path> FOLDERS = List.of(Path.of("..", "sample-site", "src", "quiz"),
            Path.of("src", "test", "resources"), Path.of("..", "maven-plugin", "src", "it"));

    static Stream<Arguments> banks() throws IOException {
        List<Arguments> banks = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    // the plugin's broken-bank fixture is not UTF-8 on purpose: decode it leniently
                    banks.add(Arguments.of(folder.relativize(file).toString(),
                            new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
                }
            }
        }
        assertTrue(banks.stream().filter(b -> b.get()[0].toString().startsWith("0")).count() >= 4, "the sample course");
        for (SpecExamplesTest.Example example : SpecExamplesTest.examples()) {
            if (!example.section().equals("Raw HTML")) {
                banks.add(Arguments.of(example.toString(), example.markdown()));
            }
        }
        return banks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("banks")
    void rendersAsCommonmarkDoes(String name, String markdown) {
        Banks.Result result = Banks.parse("bank", markdown);
        assertEquals(Banks.commonmarkParts(result.quiz()), Banks.htmlParts(result.quiz()));
        assertEquals(result.quiz().links(), result.links(), "the raw-HTML check finds no links");
        assertEquals(List.of(), result.messages().stream().filter(message -> message.contains("raw HTML")).toList());
    }
}
