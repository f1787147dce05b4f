package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links between pages are percent-encoded, so that any file name opens the file it names. */
class PageLinksTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#][^\"]*)\"");
    private static final List<String> PAGES = List.of("c#.html", "what?.html", "50%.html", "über uns.html",
            "x:y.html", "unit 1/a&b+c.html");

    @TempDir
    Path project;

    private int banks;

    private void bank(String path, String extra) throws IOException {
        Path file = project.resolve("src/quiz").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "**1.** Question " + ++banks + "? " + extra + "\n\n- [x] a\n- [ ] b\n");
    }

    @Test
    void everyLinkOpensTheFileItNamesWhateverItsName() throws Exception {
        bank("c#.md", "See [what](what%3F.md#q1), [us](%C3%BCber%20uns.md) and ![pic](img/a%20b%231.png).");
        bank("what?.md", "");
        bank("50%.md", "Back to [c#](c%23.md).");
        bank("über uns.md", "Raw names work too: [self](<über uns.md>) and ![pic](<img/a b%231.png>).");
        bank("x:y.md", "");
        bank("unit 1/a&b+c.md", "Up to [50%](../50%25.md#q1).");
        Files.createDirectories(project.resolve("src/quiz/img"));
        Files.writeString(project.resolve("src/quiz/img/a b#1.png"), "PNG");
        Path site = project.resolve("target/quiz-site");
        new QuizGenerator(GeneratorConfig.builder(project.resolve("src/quiz"), site).displayRoot(project).build()).generate();

        Set<String> indexTargets = targets(site, "index.html");
        Set<String> expected = new TreeSet<>(PAGES);
        assertEquals(expected, indexTargets, "the index links every page");
        Set<String> reached = new TreeSet<>();
        for (String page : PAGES) {
            Set<String> targets = targets(site, page);
            assertTrue(targets.contains("index.html"), page + " links back to the index: " + targets);
            reached.addAll(targets);
        }
        expected.addAll(List.of("index.html", "img/a b#1.png"));
        assertEquals(expected, reached, "previous and next links, bank links and images open existing files");
    }

    /** The files the page's relative links and images open, as paths under the site; each must exist. */
    private static Set<String> targets(Path site, String page) throws IOException {
        String html = Files.readString(site.resolve(page));
        Set<String> targets = new TreeSet<>();
        for (String href : matches(html)) {
            if (href.startsWith("data:")) {
                continue;
            }
            // as a browser reads it: an invalid URL (a raw space, say) fails here
            URI target = site.resolve(page).toUri().resolve(href.replace("&amp;", "&"));
            Path file = Path.of(URI.create("file://" + target.getRawPath()));
            assertTrue(Files.isRegularFile(file), page + ": '" + href + "' opens " + file + ", which does not exist");
            targets.add(site.relativize(file).toString().replace('\\', '/'));
        }
        return targets;
    }

    private static List<String> matches(String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = LINK.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
