package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.mdquiz.generator.internal.key.Sha256;

/**
 * Not a test: a tool that records what the generator publishes, to compare two versions of it byte for byte. Run
 * with {@code mvn -B -q -o test -pl templates,generator -Dtest=PublishedBytesSnapshot}: it builds the sample course,
 * each bank folder of the test resources and a few banks of its own (raw HTML, links, languages, locks) with fixed
 * settings into {@code target/snapshot/<name>/} (the site in {@code site/}, the teachers' keys in {@code keys/}) and
 * writes {@code target/snapshot/hashes.txt} (path and SHA-256 of every file) and
 * {@code target/snapshot/hashes-masked.txt} (the same with every value that derives from a salt masked in pages, and
 * the elements shown in id order sorted: what stays when only salts, ids and keys change).
 */
class PublishedBytesSnapshot {
    private static final Path ROOT = Path.of("target", "snapshot");
    /** Attributes whose values derive from a salt: keys, ids, locks and the version that hashes them. */
    private static final Pattern KEYED = Pattern.compile(
            "\\b(data-(?:salt|keys|lock|version|item|left|option)|value)=\"[^\"]*\"");
    /** A matching select and its label: the question's id, then the left-hand side's. */
    private static final Pattern SELECT_ID = Pattern.compile("\\b(for|id)=\"([^\"]*)-[0-9a-f]{8}\"");
    private static final Pattern OPTION = Pattern.compile("<option [^>]*>[^<]*</option>");
    private static final Pattern CHOICE = Pattern.compile("<li>[^<]*</li>");

    @Test
    void record() throws Exception {
        delete(ROOT);
        Files.createDirectories(ROOT);
        build("sample-site", Path.of("..", "sample-site", "src", "quiz"), "Web Services in Practice");
        try (Stream<Path> folders = Files.list(Path.of("src", "test", "resources"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                build(folder.getFileName().toString(), folder, "Test course");
            }
        }
        build("extra", extraBanks(), "Snapshot course");
        List<String> plain = new ArrayList<>();
        List<String> masked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = ROOT.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("hashes") || name.contains("/cache/") || name.startsWith("sources/")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                plain.add(name + "  " + Sha256.hex(bytes));
                if (name.endsWith(".html")) {
                    masked.add(name + "  " + Sha256.hex(mask(new String(bytes, StandardCharsets.UTF_8))));
                }
            }
        }
        Files.write(ROOT.resolve("hashes.txt"), plain);
        Files.write(ROOT.resolve("hashes-masked.txt"), masked);
    }

    private static void build(String name, Path source, String title) throws QuizBuildException {
        Path target = ROOT.resolve(name).toAbsolutePath();
        try {
            generator(source, target, title).generate();
        } catch (InvalidBanksException e) {
            throw new IllegalStateException(name + ": " + e.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR).toList(), e);
        }
    }

    private static QuizGenerator generator(Path source, Path target, String title) {
        return new QuizGenerator(GeneratorConfig.builder(source, target.resolve("site"))
                .displayRoot(source)
                .buildDirectory(target)
                .cacheDirectory(target.resolve("cache"))
                .answerKeyDirectory(target.resolve("keys"))
                .siteTitle(title)
                .keyIterations(0)
                .build());
    }

    /** A page with salt-derived values masked and what is shown in id order sorted. */
    static String mask(String page) {
        List<String> lines = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String line : page.split("\n", -1)) {
            String masked = SELECT_ID.matcher(KEYED.matcher(line).replaceAll("$1=\"#\"")).replaceAll("$1=\"$2-#\"");
            masked = sortAll(sortAll(masked, OPTION), CHOICE);
            if (masked.startsWith("<li class=\"order-item\"")) {
                items.add(masked); // ordering items are shown in id order
                continue;
            }
            items.sort(null);
            lines.addAll(items);
            items.clear();
            lines.add(masked);
        }
        return String.join("\n", lines);
    }

    /** Sorts each run of adjacent matches in the line. */
    private static String sortAll(String line, Pattern element) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = element.matcher(line);
        int last = 0;
        List<String> run = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.start() != last && !run.isEmpty()) {
                flush(out, run);
            }
            if (run.isEmpty()) {
                out.append(line, last, matcher.start());
            }
            run.add(matcher.group());
            last = matcher.end();
        }
        flush(out, run);
        return out.append(line.substring(last)).toString();
    }

    private static void flush(StringBuilder out, List<String> run) {
        run.sort(null);
        run.forEach(out::append);
        run.clear();
    }

    /** Banks that hold what the shared examples lack: raw HTML everywhere, links, code, languages, locks. */
    private static Path extraBanks() throws IOException {
        Path source = ROOT.resolve("sources").toAbsolutePath();
        write(source, "img/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write(source, "img/a.png", "png");
        write(source, "_section.md", """
                ---
                title: Snapshot
                ---
                The course, with <abbr title="raw HTML">HTML</abbr> <!-- a note --> and [a quiz](raw/raw.md).
                """);
        write(source, "raw/_section.md", "Raw HTML <b onclick=\"x()\">here</b>, see [loops](../loops.md#q2).\n");
        write(source, "loops.md", """
                **1.** Which `for` loop prints 0 to 2? See [the raw bank](raw/raw.md#q1) and [über](über%20uns.md).

                - [x] `for (int i = 0; i < 3; i++)`
                  > It starts at *0* and stops **before** 3.
                - [ ] `for (int i = 1; i <= 3; i++)`

                ```java
                for (int i = 0; i < 3; i++) { System.out.println(i); } // prints "0"
                ```

                **2.** Match each command to what it does.

                - `git add` -> stages *changes*
                - `git commit` -> records [them](https://example.org/commit "Commit")
                - ![a diagram](img/a.png) -> shows <sub>it</sub>
                """);
        write(source, "über uns.md", "**1.** Wer? [[wir|uns]]\n\n> Hint: nicht ihr.\n");
        write(source, "raw/raw.md", """
                <meta http-equiv="refresh" content="1; url=about:blank">

                **1.** Water is H<sub>2</sub>O; its name: [[water]] <script>window.pwned = 1;</script> </main>

                <details><summary>Why</summary>

                Two <abbr title="hydrogen">H</abbr>, one O.

                </details>

                **2.** Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to <span class="result" id="q3" onclick="window.pwned = 2">copy</span>.

                - [ ] <mark>cut</mark> </fieldset>
                - [x] <em>copy</em> <input type="radio" name="q2" value="x">

                **3.** Order, smallest first.

                1. <kbd>1</kbd>
                2. <sup>2</sup> <div>two</div>
                3. <b>3</b>

                **4.** Match.

                - H<sub>2</sub>O -> <i>water</i>
                - NaCl -> salt <!-- table salt -->

                **5.** See <img src="../img/flow.svg" alt="Flow"> and <a href="../loops.md#q2">loops</a>, <a href="java\tscript:x()">x</a>.

                > <span title="why">A hint</span> with [[blank|gap]] in `code`.

                - [x] <q>quoted</q> <ul><li>nested</li></ul>
                  > <span title="why">Right</span>, <bdi>x</bdi>.
                - [ ] <img src="../img/flow.svg" alt="Flow" title="The flow" width="200" height="100">

                <table><tbody>
                <tr><th colspan="2" align="left">Head</th></tr>
                <tr><td rowspan="2">1</td><td>2</td></tr>
                </tbody></table>

                **6.** The <em>capital</em> of [Norway](https://example.org "a title") is [[Oslo]] and "7 &times; 6" is [[=42]].\\
                A break, ![an image](../img/a.png "Image") and `code <b>`, [[=1.5..2.5]].

                | a | b |
                |:--|--:|
                | <sub>1</sub> | [link](../loops.md#q2) |
                """);
        write(source, "de/sprachen.md", """
                ---
                lang: de
                reveal: on-correct
                ---
                Einleitung mit [Link](../loops.md).

                **1.** Die Hauptstadt von Norwegen ist [[Oslo]], die von Schweden [[Stockholm]].

                Oslo liegt am *Oslofjord*.

                **2.** Welche sind Primzahlen? Wähle zwei.

                - [x] 7
                  > Ja, <b>7</b> ist prim.
                - [ ] 9
                - [x] 13

                Eine Erklärung mit `Code`.
                """);
        write(source, "ar/arabic.md", "---\nlang: ar\n---\n**1.** ما هي عاصمة مصر؟ [[القاهرة]]\n");
        int number = 0;
        for (String example : specExamplesWithoutErrors()) {
            write(source, String.format("spec/example-%02d.md", ++number), example);
        }
        // the image the images example shows
        write(source, "spec/images/shape.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                + "<path d=\"M1 9L5 1L9 9Z\" fill=\"none\" stroke=\"black\"/></svg>\n");
        return source;
    }

    /** The examples of docs/format.md that build: those without an error. */
    private static List<String> specExamplesWithoutErrors() throws IOException {
        String fence = "````````````````````````````````";
        List<String> examples = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "format.md"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(fence + " example")) {
                StringBuilder markdown = new StringBuilder();
                boolean expected = false;
                boolean error = false;
                for (i++; !lines.get(i).equals(fence); i++) {
                    if (lines.get(i).equals(".") && !expected) {
                        expected = true;
                    } else if (expected) {
                        error |= lines.get(i).startsWith("error ");
                    } else {
                        markdown.append(lines.get(i)).append('\n');
                    }
                }
                if (!error) {
                    examples.add(markdown.toString());
                }
            }
        }
        return examples;
    }

    private static void write(Path folder, String path, String content) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
