package dev.mdquiz.generator.browser;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A quiz site generated from test banks into a temporary directory through the public generator API. */
final class Site {
    /** The shared seed-style example (6 bold-number questions), kept as a test resource by the parser tests. */
    static final String SEED_STYLE = "format-examples/seed-style.md";

    private static final Pattern QUESTION_START = Pattern.compile("^\\*\\*\\d+\\.\\*\\*");
    private static final Pattern OPTION = Pattern.compile("^[ ]{0,3}[-*+][ \\t]+\\[([ xX]?)\\](?=[ \\t]|$)");

    final Path source;
    final Path output;

    Site(Path directory) {
        this.source = directory.resolve("src");
        this.output = directory.resolve("site");
    }

    /** Writes a bank into the source folder under {@code path} (relative, with .md). */
    Site bank(String path, String markdown) {
        try {
            Path file = source.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BuildResult generate() throws QuizBuildException {
        return generate(builder -> builder);
    }

    /** Generates with settings beyond the defaults, such as key iterations or a secret. */
    BuildResult generate(UnaryOperator<GeneratorConfig.Builder> settings) throws QuizBuildException {
        return new QuizGenerator(settings.apply(GeneratorConfig.builder(source, output).siteTitle("Test course")).build())
                .generate();
    }

    /** The generated page of the bank at {@code path} (relative, with .md). */
    Path page(String path) {
        Path page = output.resolve(path.substring(0, path.length() - ".md".length()) + ".html");
        assertTrue(Files.isRegularFile(page), "generated " + page);
        return page;
    }

    static String fileUrl(Path file) {
        return file.toUri().toASCIIString();
    }

    /** A test resource as UTF-8 text. */
    static String resource(String name) {
        try (InputStream in = Site.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, "test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer key as the author wrote it: per question (a line starting with a bold number), the 0-based
     * positions of the options marked {@code [x]}. Read from the Markdown, never from the page.
     */
    static List<Set<Integer>> answerKey(String markdown) {
        List<Set<Integer>> key = new ArrayList<>();
        List<Integer> optionCounts = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            if (QUESTION_START.matcher(line).find()) {
                key.add(new LinkedHashSet<>());
                optionCounts.add(0);
                continue;
            }
            Matcher option = OPTION.matcher(line);
            if (option.find() && !key.isEmpty()) {
                int last = key.size() - 1;
                if (!option.group(1).isBlank()) {
                    key.get(last).add(optionCounts.get(last));
                }
                optionCounts.set(last, optionCounts.get(last) + 1);
            }
        }
        return key;
    }

    /** Number of options per question, counted like {@link #answerKey(String)}. */
    static List<Integer> optionCounts(String markdown) {
        List<Integer> counts = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            if (QUESTION_START.matcher(line).find()) {
                counts.add(0);
            } else if (OPTION.matcher(line).find() && !counts.isEmpty()) {
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            }
        }
        return counts;
    }

    /**
     * A wrong answer for a question with {@code options} options: another option, or every wrong option of a
     * multiple select. A multiple select whose options are all right has no wrong answer: it gets all but its first
     * option, which earns partial credit ({@link #wrongAnswerCredit}).
     */
    static Set<Integer> wrongAnswer(Set<Integer> correct, int options) {
        Set<Integer> wrong = new LinkedHashSet<>();
        if (correct.size() == 1) {
            wrong.add((correct.iterator().next() + 1) % options); // another single option
            return wrong;
        }
        for (int i = 0; i < options; i++) { // every wrong option and no right one: nothing to give credit for
            if (!correct.contains(i)) {
                wrong.add(i);
            }
        }
        if (wrong.isEmpty()) {
            wrong.addAll(correct);
            wrong.remove(0);
        }
        return wrong;
    }

    /** The credit {@link #wrongAnswer} earns: right picks less wrong picks over right options, at least 0. */
    static double wrongAnswerCredit(Set<Integer> correct, int options) {
        Set<Integer> wrong = wrongAnswer(correct, options);
        long right = wrong.stream().filter(correct::contains).count();
        return correct.size() > 1 ? Math.max(0, right - (wrong.size() - right)) / (double) correct.size() : 0;
    }
}
