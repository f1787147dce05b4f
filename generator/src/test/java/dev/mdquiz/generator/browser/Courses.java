package dev.mdquiz.generator.browser;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sites the accessibility, layout and keyboard tests look at, built through the public generator API. */
final class Courses {
    /** The sample course of the sample-site module; tests run in generator/, next to it. */
    static final Path SAMPLE_SOURCE = Path.of(System.getProperty("basedir", "."), "..", "sample-site", "src", "quiz")
            .toAbsolutePath().normalize();

    /**
     * all-types.md plus what it lacks: a multiple-select question with a hint, several blanks in one question,
     * a question worth two points, a code line too long for a phone. Every question type and control the theme has.
     */
    static final String EVERY_CONTROL = Site.resource("format-examples/all-types.md") + """

            **9.** Which of these are planets? Select two.

            > Hint: Pluto was reclassified in 2006.

            - [x] Jupiter
            - [ ] Pluto
            - [x] Neptune
            - [ ] The Moon
              > The Moon is Earth's natural satellite.

            Pluto is a dwarf planet. A line of code too long for a phone wraps:

            ```python
            planets = ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"]
            ```

            **10.** [[Oslo]] is the capital of [[Norway|Kingdom of Norway]].
            <!-- quiz: points=2 -->
            """;

    /** Every kind of code question: blanks in code, an answer of several lines, Parsons problems with and without indent. */
    static final String CODE_QUESTIONS = """
            ---
            title: Code questions
            ---

            **1.** Complete the function so that it returns the larger of two numbers.

            ```python blanks
            def larger(a, b):
                if a [[>|>=]] b:
                    return [[a]]
                return [[=0..0]] + b
            ```

            **2.** What does this program print?

            ```python
            for n in range(1, 4):
                print(n * n)
            ```

            ```text blanks
            $ python squares.py
            [[
            1
            4
            9
            ]]
            ```

            **3.** Put the lines in order so that the function returns the sum of a list.

            ```python order
            def total(numbers):
                result = 0
                for n in numbers:
                    result += n
                return result
            ```

            **4.** Put the lines in order, and indent them, so that `y` becomes the absolute value of `x`.
            <!-- quiz: indent -->

            ```java order
            if (x > 0) {
                y = x;
            } else {
                y = -x;
            }
            ```
            """;

    private Courses() {
    }

    /** Generates the sample course into {@code directory}; returns the output folder. */
    static Path sample(Path directory) throws QuizBuildException {
        assertTrue(Files.isDirectory(SAMPLE_SOURCE), "the sample course is at " + SAMPLE_SOURCE);
        Path output = directory.resolve("sample-site");
        new QuizGenerator(GeneratorConfig.builder(SAMPLE_SOURCE, output).siteTitle("Web Services in Practice").build())
                .generate();
        return output;
    }

    /**
     * A course with the {@link #EVERY_CONTROL} bank, the heading-style example (shuffled answers, a hint,
     * option feedback) and the {@link #CODE_QUESTIONS}; returns the output folder.
     */
    static Path everyControl(Path directory) throws QuizBuildException {
        Site site = new Site(directory.resolve("every-control"))
                .bank("every-control.md", EVERY_CONTROL)
                .bank("heading-style.md", Site.resource("format-examples/heading-style.md"))
                .bank("code-questions.md", CODE_QUESTIONS);
        site.generate();
        return site.output;
    }

    /** Every generated page of a site, relative to it, with "/" separators: index.html first. */
    static List<String> pages(Path output) {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output)) {
            files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> output.relativize(file).toString().replace('\\', '/'))
                    .sorted((a, b) -> a.equals("index.html") ? -1 : b.equals("index.html") ? 1 : a.compareTo(b))
                    .forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(pages.size() > 1 && pages.get(0).equals("index.html"), "an index and quizzes in " + output + ": " + pages);
        return pages;
    }
}
