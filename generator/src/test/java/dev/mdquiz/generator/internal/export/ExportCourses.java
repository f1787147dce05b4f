package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.GeneratorConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Courses the export tests export: the sample course, the format examples, and banks written for a test. */
public final class ExportCourses {
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    static final Path SAMPLE_SOURCE = BASE.resolve("../sample-site/src/quiz").normalize();
    static final Path FORMAT_EXAMPLES = BASE.resolve("src/test/resources/format-examples");

    /**
     * Every kind of question, each feature GIFT and Moodle read specially, and every character they do: in
     * question texts, options, feedback, explanations, hints, answers and matching sides.
     */
    static final String EVERY_KIND = """
            ---
            title: "Every kind: {braces} ~ = # : \\\\ and / too"
            ---

            Read the [other bank](other.md) first.

            **1.** Which one is *right*? It costs {1} ~ 2 = 3 # 4: a \\\\ b.
            ![a dot](img/dot.svg) and ![the other dot](other/dot.svg "a title")

            - [ ] wrong = no
              > feedback with # and : and {braces}
            - [x] right ~ yes
              > correct: well done

            Because ~ = # { } : \\\\ all count, see [the docs](https://example.org/a?b=c#d):

            ```java
            int x = a[0] { };
            ```

            **2.** Pick the primes. Select three.
            <!-- quiz: points=2 -->

            - [x] 2
            - [x] 3
            - [ ] 4
            - [x] 5
            - [ ] 6 # not prime

            **3.** The capital of Australia is [[Canberra|canberra city]].

            > Hint: not Sydney

            **4.** A star: [[a*b|a = b: c]] and nothing after.

            **5.** Pi to two places: [[=3.14±0.005]]

            **6.** Room temperature in °C: [[=19..23]]

            **7.** Seven times six: [[=42]]

            **8.** Negative: [[=-1.5]]

            **9.** Put them in order.

            1. first
            2. second {2}
            3. third

            **10.** Match them.

            - Gold {Au} -> Au: 79
            - Iron # 26 -> Fe = iron
            - `code` -> *emphasis*

            **11.** [[Oslo|Christiania]] is the capital of [[Norway]], home to [[=5.3..5.7]] million people; its code is [[N}O#~/"1]].
            """;

    /**
     * Every kind of code question and math: a code block with one blank, one with several (text and number),
     * output prediction alone and beside a short blank, Parsons problems with and without {@code indent}, formulas
     * in a text and on a matching pair's right-hand side. The answers are words found nowhere else in the bank.
     */
    static final String CODE_AND_MATH = """
            # Code and math

            **1.** Complete the comparison.

            ```python blanks
            def larger(a, b):
                if a [[gteq]] b:
                    return a
                return b
            ```

            **2.** Complete the loop.

            ```java blanks
            for (int i = 0; i < [[=12]]; i++) {
                [[summe]] += i;
            }
            ```

            **3.** What does this program print?

            ```python
            for n in range(1, 4):
                print(n * n)
            ```

            ```text blanks
            [[
            one
              four
            nine
            ]]
            ```

            Squares of 1, 2 and 3.

            **4.** Name the command, then give its output.

            ```text blanks
            $ [[echo]] hi there
            [[
            hi there
            ]]
            ```

            **5.** Put the lines in order.

            ```python order
            def sign(x):
                if x < 0:
                    return -1
                return 1
            ```

            **6.** Put the lines in order and indent them.
            <!-- quiz: indent -->

            ```python order
            def twice(x):
                y = x * 2
                return y
            ```

            **7.** Match the areas: $r$ is the radius.

            - circle -> $\\pi r^2$
            - square of side $a$ -> $a^2$
            """;

    /** A course of the {@link #CODE_AND_MATH} bank alone, under {@code project/src/quiz}. */
    public static Path codeAndMath(Path project) throws IOException {
        Path source = project.resolve("src/quiz");
        Files.createDirectories(source);
        Files.writeString(source.resolve("code.md"), CODE_AND_MATH);
        return source;
    }

    /** An image two folders hold under the same name, in different colours. */
    private static final String DOT = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\">"
            + "<circle cx=\"1\" cy=\"1\" r=\"1\" fill=\"red\"/></svg>\n";

    private ExportCourses() {
    }

    /** A course of the {@link #EVERY_KIND} bank and the bank it links to, under {@code project/src/quiz}. */
    public static Path everyKind(Path project) throws IOException {
        Path source = project.resolve("src/quiz");
        Files.createDirectories(source.resolve("week-1"));
        Files.writeString(source.resolve("week-1/every-kind.md"), EVERY_KIND);
        Files.createDirectories(source.resolve("week-1/img"));
        Files.createDirectories(source.resolve("week-1/other"));
        Files.writeString(source.resolve("week-1/img/dot.svg"), DOT.replace("red", "blue"));
        Files.writeString(source.resolve("week-1/other/dot.svg"), DOT);
        Files.writeString(source.resolve("week-1/other.md"), "# Other\n\n**1.** Yes?\n\n- [x] yes\n- [ ] no\n");
        Files.writeString(source.resolve("week-1/_section.md"), "---\ntitle: Week 1 / intro\n---\n");
        return source;
    }

    static GeneratorConfig.Builder config(Path source, Path project) {
        return GeneratorConfig.builder(source, project.resolve("target/site"))
                .displayRoot(source)
                .buildDirectory(project.resolve("target"))
                .keyIterations(0);
    }
}
