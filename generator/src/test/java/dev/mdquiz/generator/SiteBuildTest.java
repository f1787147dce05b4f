package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.mdquiz.generator.internal.key.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site as a whole: sections, navigation, assets, themes, reproducible and incremental builds. */
class SiteBuildTest {
    private static final String BANK = "**1.** Pick a.\n\n- [x] a\n- [ ] b\n";
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path project;

    private Path source(String path) {
        return project.resolve("src/quiz").resolve(path);
    }

    private Path output(String path) {
        return project.resolve("target/quiz-site").resolve(path);
    }

    private void write(String path, String content) throws IOException {
        Files.createDirectories(source(path).getParent());
        Files.writeString(source(path), content);
    }

    private GeneratorConfig.Builder config() {
        return GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("target/quiz-site"))
                .displayRoot(project).siteTitle("Course");
    }

    private BuildResult build() throws QuizBuildException {
        return new QuizGenerator(config().build()).generate();
    }

    private void course() throws IOException {
        write("_section.md", "Welcome to the *course*.\n");
        write("10-later/_section.md", "---\ntitle: Later on\norder: 2\n---\nThe second part.\n");
        write("10-later/a.md", "# Later A\n\n" + BANK);
        write("2-basics/_section.md", "---\ntitle: Basics\norder: 1\n---\n");
        write("2-basics/10-second.md", "# Second\n\n" + BANK.replace("Pick a.", "Pick a again."));
        write("2-basics/2-first.md", "---\ntitle: First\ndescription: Start here\n---\n" + BANK.replace("Pick a.", "Pick a first."));
        write("overview.md", "---\ntitle: Overview\norder: 1\n---\n" + BANK.replace("Pick a.", "Pick a to begin."));
    }

    @Test
    void foldersBecomeSectionsInCourseOrder() throws Exception {
        course();
        build();
        String index = Files.readString(output("index.html"));
        assertTrue(index.contains("<div class=\"course-intro\"><p>Welcome to the <em>course</em>.</p></div>"), index);
        List<String> order = matches(index, "<h2 id=\"section-\\d+\">([^<]+)</h2>|<a href=\"([^\"]+)\">");
        assertEquals(List.of("overview.html", "Basics", "2-basics/2-first.html", "2-basics/10-second.html",
                "Later on", "10-later/a.html"), order);
        assertTrue(index.contains("<p class=\"quiz-description\">Start here</p>"));
        assertTrue(index.contains("<div class=\"section-intro\"><p>The second part.</p></div>"));
        assertTrue(Files.exists(output(".nojekyll")));
        assertTrue(Files.getPosixFilePermissions(output("2-basics/2-first.html"))
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), "a web server can read the pages");
    }

    @Test
    void pagesLinkToTheIndexAndTheirNeighboursRelatively() throws Exception {
        course();
        build();
        String first = Files.readString(output("2-basics/2-first.html"));
        assertTrue(first.contains("<a href=\"../index.html\">Course</a>"), first);
        assertTrue(first.contains("rel=\"prev\" href=\"../overview.html\""), first);
        assertTrue(first.contains("rel=\"next\" href=\"10-second.html\""), first);
        String second = Files.readString(output("2-basics/10-second.html"));
        assertTrue(second.contains("rel=\"next\" href=\"../10-later/a.html\""), second);
        String last = Files.readString(output("10-later/a.html"));
        assertFalse(last.contains("rel=\"next\""));
        assertFalse(Files.readString(output("overview.html")).contains("rel=\"prev\""));
    }

    @Test
    void linkedFilesArePublishedAndUnusedOnesAreNot() throws Exception {
        write("week-1/img/diagram.png", "PNG");
        write("week-1/notes.pdf", "PDF");
        write("week-1/unused.txt", "secret draft");
        write("shared/logo.svg", "<svg/>");
        write("week-1/quiz.md", "**1.** See ![the diagram](img/diagram.png), [notes](notes.pdf#page=2),"
                + " ![logo](../shared/logo.svg) and [the next quiz](../week-2/more.md#q1).\n\n- [x] a\n- [ ] b\n");
        write("week-2/more.md", BANK.replace("Pick a.", "Pick a more."));
        build();
        assertEquals("PNG", Files.readString(output("week-1/img/diagram.png")));
        assertEquals("PDF", Files.readString(output("week-1/notes.pdf")));
        assertEquals("<svg/>", Files.readString(output("shared/logo.svg")));
        assertFalse(Files.exists(output("week-1/unused.txt")), "files no bank uses are not published");
        String page = Files.readString(output("week-1/quiz.html"));
        assertTrue(page.contains("href=\"../week-2/more.html#q1\""), "links to banks point at their pages");
    }

    @Test
    void resourcesArePublishedWhenListed() throws Exception {
        write("quiz.md", BANK);
        write("files/handout.pdf", "PDF");
        write("files/draft.txt", "draft");
        new QuizGenerator(config().resources(List.of("files/*.pdf")).build()).generate();
        assertTrue(Files.exists(output("files/handout.pdf")));
        assertFalse(Files.exists(output("files/draft.txt")));
    }

    @Test
    void missingAndEscapingLinksAreErrorsAndNothingOutsideIsRead() throws Exception {
        Files.writeString(project.resolve("secret.txt"), "secret");
        write("quiz.md", "**1.** Look:\n\n![gone](img/missing.png)\n[up](../../secret.txt) [abs](/etc/passwd)"
                + " [other](nowhere.md)\n\n- [x] a\n- [ ] b\n");
        InvalidBanksException failure = assertThrows(InvalidBanksException.class, this::build);
        assertEquals(List.of(
                "src/quiz/quiz.md:3:1: error: image 'img/missing.png' does not exist",
                "src/quiz/quiz.md:4:1: error: link to '../../secret.txt' leaves the source directory; only files inside it are published",
                "src/quiz/quiz.md:4:24: error: link to '/etc/passwd' is an absolute path; link files by a path relative to the bank, inside the source directory",
                "src/quiz/quiz.md:4:43: error: link to 'nowhere.md': there is no such bank"),
                failure.diagnostics().stream().map(Diagnostic::toString).toList());
        assertFalse(Files.exists(project.resolve("target")), "nothing written");
    }

    @Test
    void symbolicLinkOutOfTheSourceDirectoryIsRefused() throws Exception {
        Files.writeString(project.resolve("secret.txt"), "secret");
        Files.createDirectories(source("x"));
        Files.createSymbolicLink(source("x/innocent.txt"), project.resolve("secret.txt"));
        write("quiz.md", "**1.** [file](x/innocent.txt)\n\n- [x] a\n- [ ] b\n");
        InvalidBanksException failure = assertThrows(InvalidBanksException.class, this::build);
        assertTrue(failure.diagnostics().get(0).message().contains("symbolic link that leaves the source directory"));
    }

    @Test
    void aThemeFolderOverridesOneFileAndKeepsTheRest() throws Exception {
        write("quiz.md", BANK);
        Path theme = project.resolve("theme");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("index.ftlh"), "<#-- custom -->CUSTOM INDEX ${site.title}");
        Files.writeString(theme.resolve("quiz.css"), "body{color:rebeccapurple}");
        new QuizGenerator(config().themeDirectory(theme).build()).generate();
        assertEquals("CUSTOM INDEX Course", Files.readString(output("index.html")));
        String page = Files.readString(output("quiz.html"));
        assertTrue(page.contains("body{color:rebeccapurple}"), "stylesheet from the theme folder");
        assertTrue(page.contains("data-action=\"check\""), "quiz template still from the default theme");
    }

    @Test
    void pagesCarryTheMinifiedDefaultScriptAndStyleUnlessTheThemeChangesThem() throws Exception {
        write("quiz.md", BANK);
        Path theme = project.resolve("theme");
        DefaultTheme.copyTo(theme, false);
        String readableScript = Files.readString(theme.resolve("quiz.js"));
        String readableStyle = Files.readString(theme.resolve("quiz.css"));
        new QuizGenerator(config().themeDirectory(theme).build()).generate();
        String page = Files.readString(output("quiz.html"));
        assertFalse(page.contains(readableScript.strip()), "an unchanged ejected quiz.js still gets the minified default");
        assertFalse(page.contains(readableStyle.strip()), "an unchanged ejected quiz.css still gets the minified default");
        assertTrue(page.length() < readableScript.length() + readableStyle.length(), "minified: " + page.length() + " bytes");

        String editedScript = readableScript + "\n// edited by the author\n";
        Files.writeString(theme.resolve("quiz.js"), editedScript);
        new QuizGenerator(config().themeDirectory(theme).build()).generate();
        assertTrue(Files.readString(output("quiz.html")).contains(editedScript), "an edited quiz.js is inlined as written");
    }

    @Test
    void onlyPagesWithCodeQuestionsCarryTheCodeScriptAndStyleAndThePolicyAllowsExactlyWhatIsInline() throws Exception {
        write("plain.md", BANK);
        write("parsons.md", "**1.** Order the lines.\n\n```python order\nx = 1\nprint(x)\n```\n");
        write("output.md", "**1.** What does it print?\n\n```text blanks\n[[\n1\n2\n]]\n```\n");
        Path theme = project.resolve("theme");
        DefaultTheme.copyTo(theme, false);
        new QuizGenerator(config().themeDirectory(theme).build()).generate();
        String minifiedCode = minified("code.js");
        String minifiedCodeStyle = minified("code.css");
        String plain = Files.readString(output("plain.html"));
        assertFalse(plain.contains(minifiedCode.strip()), "a page without code questions carries no code.js");
        assertFalse(plain.contains(minifiedCodeStyle.strip()), "nor code.css");
        assertPolicyAllowsExactlyTheInlineScriptAndStyle(plain);
        for (String page : List.of("parsons.html", "output.html")) {
            String html = Files.readString(output(page));
            assertTrue(html.contains(minifiedCode.strip()), page + " carries code.js");
            assertTrue(html.contains(minifiedCodeStyle.strip()), page + " carries code.css");
            assertTrue(html.indexOf(minifiedCode.strip()) < html.indexOf(minified("quiz.js").strip()),
                    "code.js runs before quiz.js, which adds its kinds");
            assertPolicyAllowsExactlyTheInlineScriptAndStyle(html);
        }

        String editedScript = Files.readString(theme.resolve("code.js")) + "\n// edited by the author\n";
        Files.writeString(theme.resolve("code.js"), editedScript);
        Files.writeString(theme.resolve("code.css"), ".code-blanks{outline:1px solid}");
        new QuizGenerator(config().themeDirectory(theme).build()).generate();
        String parsons = Files.readString(output("parsons.html"));
        assertTrue(parsons.contains(editedScript), "an edited code.js is inlined as written");
        assertTrue(parsons.contains(".code-blanks{outline:1px solid}"), "an edited code.css is inlined as written");
        assertPolicyAllowsExactlyTheInlineScriptAndStyle(parsons);
        assertFalse(Files.readString(output("plain.html")).contains("// edited by the author"));
    }

    @Test
    void aQuizPageCarriesTheScriptAndStyleOfTheKindsOfQuestionOnItAndNoOthers() throws Exception {
        write("choice.md", BANK + "\n**2.** Pick two.\n\n- [x] a\n- [x] b\n- [ ] c\n");
        write("every.md", BANK + "\n**2.** Write [[yes]].\n\n**3.** Order them.\n\n1. one\n2. two\n\n"
                + "**4.** Match them.\n\n- a -> 1\n- b -> 2\n");
        write("locked.md", "---\nreveal: on-correct\n---\n\n" + BANK + "\nBecause a.\n");
        Path theme = project.resolve("theme");
        DefaultTheme.copyTo(theme, false);
        new QuizGenerator(config().themeDirectory(theme).build()).generate();
        List<String> kinds = List.of("choice", "fill-in", "ordering", "matching");
        String choice = Files.readString(output("choice.html"));
        String every = Files.readString(output("every.html"));
        for (String kind : kinds) {
            for (String file : List.of(kind + ".js", kind + ".css")) {
                assertEquals(kind.equals("choice"), choice.contains(minified(file).strip()), "choice.html and " + file);
                assertTrue(every.contains(minified(file).strip()), "every.html carries " + file);
            }
            assertTrue(every.indexOf(minified(kind + ".js").strip()) < every.indexOf(minified("quiz.js").strip()),
                    kind + ".js runs before quiz.js, which adds its kinds");
        }
        for (String page : List.of("choice.html", "every.html")) {
            String html = Files.readString(output(page));
            assertFalse(html.contains(minified("lock.js").strip()), page + " has no locked question, so no lock.js");
            assertFalse(html.contains(minified("index.css").strip()), page + " carries no index.css");
            assertPolicyAllowsExactlyTheInlineScriptAndStyle(html);
        }
        String locked = Files.readString(output("locked.html"));
        assertTrue(locked.contains(minified("lock.js").strip()), "a page with a locked question carries lock.js");
        assertPolicyAllowsExactlyTheInlineScriptAndStyle(locked);
        String index = Files.readString(output("index.html"));
        assertTrue(index.contains(minified("index.css").strip()), "the index carries index.css");
        for (String kind : kinds) {
            assertFalse(index.contains(minified(kind + ".css").strip()), "the index carries no " + kind + ".css");
        }

        Files.writeString(theme.resolve("matching.js"), "/* the author's matching */");
        new QuizGenerator(config().themeDirectory(theme).build()).generate();
        assertTrue(Files.readString(output("every.html")).contains("/* the author's matching */"),
                "an edited kind script is inlined as written");
        assertFalse(Files.readString(output("choice.html")).contains("/* the author's matching */"));
    }

    private static String minified(String name) throws IOException {
        try (InputStream in = SiteBuildTest.class.getClassLoader().getResourceAsStream("dev/mdquiz/theme-minified/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The policy names the hash of the page's one style element and of its page script, and no other. */
    private static void assertPolicyAllowsExactlyTheInlineScriptAndStyle(String html) {
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find() && script.find(), "inline style and script");
        String hashed = "style-src " + Sha256.cspSource(style.group(1)) + "; script-src "
                + Sha256.cspSource(script.group(1)) + ";";
        assertTrue(html.contains(hashed), "the policy allows exactly the inline style and script: " + hashed);
        assertFalse(style.find() || script.find(), "one of each");
    }

    @Test
    void templateErrorsNameTheFileAndLine() throws Exception {
        write("quiz.md", BANK);
        Path theme = project.resolve("theme");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("index.ftlh"), "line one\n${site.nonexistent}\n");
        ThemeException failure = assertThrows(ThemeException.class,
                () -> new QuizGenerator(config().themeDirectory(theme).build()).generate());
        assertTrue(failure.getMessage().startsWith(theme.resolve("index.ftlh") + ":2: template error: "), failure.getMessage());
        Files.writeString(theme.resolve("index.ftlh"), "<#if>\n");
        ThemeException syntax = assertThrows(ThemeException.class,
                () -> new QuizGenerator(config().themeDirectory(theme).build()).generate());
        assertTrue(syntax.getMessage().startsWith(theme.resolve("index.ftlh") + ":1:"), syntax.getMessage());
    }

    @Test
    void ejectedThemeIsTheDefaultAndOverwritesNothing() throws Exception {
        Path theme = project.resolve("theme");
        List<String> written = DefaultTheme.copyTo(theme, false);
        assertTrue(written.containsAll(List.of("quiz.ftlh", "index.ftlh", "layout.ftlh", "quiz.css", "quiz.js")), written.toString());
        Files.writeString(theme.resolve("quiz.css"), "mine");
        assertEquals(List.of(), DefaultTheme.copyTo(theme, false));
        assertEquals("mine", Files.readString(theme.resolve("quiz.css")));
    }

    @Test
    void buildsAreByteIdenticalWhateverTheTimeZoneAndLocale() throws Exception {
        course();
        build();
        Map<String, byte[]> first = snapshot(project.resolve("target/quiz-site"));
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            new QuizGenerator(GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("again"))
                    .displayRoot(project).siteTitle("Course").build()).generate();
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        Map<String, byte[]> second = snapshot(project.resolve("again"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void aRebuildWithNothingChangedTouchesNoFile() throws Exception {
        course();
        build();
        ageEveryFile();
        BuildResult again = build();
        assertEquals(0, again.filesWritten());
        try (Stream<Path> files = Files.walk(project.resolve("target/quiz-site"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertEquals(LONG_AGO, Files.getLastModifiedTime(file), file + " was rewritten");
            }
        }
    }

    @Test
    void aRebuildFromAnotherWorkingFolderIsStillARebuildWithNothingToDo() throws Exception {
        course();
        write("warned.md", "---\npas: 50\n---\n" + BANK);
        BuildResult first = build();
        assertEquals("src/quiz/warned.md", first.warnings().get(0).path());
        DoctoredCache.claimQuizzes(project.resolve("target/quiz-site-cache"), 99);
        // where diagnostics are shown from is where Maven runs when there is no project: it changes no output
        Path elsewhere = Files.createDirectories(project.resolve("tools/run"));
        BuildResult again = new QuizGenerator(config().displayRoot(elsewhere).build()).generate();
        assertEquals(99, again.quizzes(), "nothing was parsed");
        assertEquals(0, again.filesWritten());
        assertEquals(first.warnings().stream().map(w -> "../../" + w.path()).toList(),
                again.warnings().stream().map(Diagnostic::path).toList(), "warnings shown from the new folder");
        assertEquals(first.warnings().stream().map(Diagnostic::message).toList(),
                again.warnings().stream().map(Diagnostic::message).toList());
    }

    @Test
    void aRebuildWithNothingChangedParsesNothingAndReportsTheSameWarnings() throws Exception {
        course();
        write("warned.md", "---\npas: 50\n---\n" + BANK);
        BuildResult first = build();
        assertEquals(5, first.quizzes());
        assertFalse(first.warnings().isEmpty());
        // the record of the last build is what an up-to-date rebuild reports: doctor it to see it used
        Path cache = project.resolve("target/quiz-site-cache");
        DoctoredCache.claimQuizzes(cache, 99);
        BuildResult again = build();
        assertEquals(99, again.quizzes(), "nothing was parsed");
        assertEquals(0, again.filesWritten());
        assertEquals(first.warnings(), again.warnings(), "warnings are reported again");

        write("img/notes.txt", "any file under the source folder is an input");
        assertEquals(5, build().quizzes(), "a new file means a real build");
        DoctoredCache.claimQuizzes(cache, 99);
        Files.delete(output("overview.html"));
        assertEquals(5, build().quizzes(), "a deleted page means a real build");
        assertTrue(Files.isRegularFile(output("overview.html")), "which puts it back");
        DoctoredCache.claimQuizzes(cache, 99);
        Files.writeString(output("overview.html"), "edited by hand");
        assertEquals(5, build().quizzes(), "an edited page means a real build");
        assertTrue(Files.readString(output("overview.html")).endsWith("</html>\n"), "which restores it");
        DoctoredCache.claimQuizzes(cache, 99);
        Files.delete(project.resolve("target/quiz-answer-keys/overview.csv"));
        assertEquals(5, build().quizzes(), "a deleted answer key means a real build");
        assertTrue(Files.isRegularFile(project.resolve("target/quiz-answer-keys/overview.csv")));
        DoctoredCache.claimQuizzes(cache, 99);
        assertEquals(5, new QuizGenerator(config().siteTitle("Renamed").build()).generate().quizzes(),
                "a changed setting means a real build");
    }

    @Test
    void aPageThatFailsToRenderLeavesNoTemporaryFile() throws Exception {
        for (int i = 0; i < 40; i++) {
            write("bank-" + i + ".md", "# " + (i == 17 ? "Boom" : "Bank " + i) + "\n\n" + BANK.replace("Pick a.", "Pick a " + i + "."));
        }
        Path theme = project.resolve("theme");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("quiz.ftlh"), "<#if quiz.title == \"Boom\">${nothing.here}</#if>${quiz.title}");
        assertThrows(ThemeException.class, () -> new QuizGenerator(config().themeDirectory(theme).build()).generate());
        try (Stream<Path> files = Files.walk(project.resolve("target"))) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".mdquiz-tmp")).toList());
        }
    }

    @Test
    void changingOneBankRebuildsItsPageTheIndexAndItsNeighboursOnly() throws Exception {
        course();
        build();
        ageEveryFile();
        write("2-basics/10-second.md", "# Second, renamed\n\n" + BANK.replace("Pick a.", "Pick a again."));
        BuildResult result = build();
        List<String> changed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(project.resolve("target/quiz-site"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!Files.getLastModifiedTime(file).equals(LONG_AGO)) {
                    changed.add(project.resolve("target/quiz-site").relativize(file).toString());
                }
            }
        }
        assertEquals(List.of("10-later/a.html", "2-basics/10-second.html", "2-basics/2-first.html", "index.html"), changed);
        assertEquals(4 + 1, result.filesWritten(), "four pages, and the renamed bank's Markdown answer key");
    }

    @Test
    void aSettingChangeRebuildsEveryPage() throws Exception {
        course();
        build();
        ageEveryFile();
        new QuizGenerator(config().siteTitle("Renamed course").build()).generate();
        assertFalse(Files.getLastModifiedTime(output("10-later/a.html")).equals(LONG_AGO));
        assertTrue(Files.readString(output("10-later/a.html")).contains("Renamed course"));
    }

    @Test
    void pagesOfDeletedBanksGoAndForeignFilesStay() throws Exception {
        course();
        build();
        Files.writeString(output("CNAME"), "quiz.example.org");
        Files.delete(source("10-later/a.md"));
        build();
        assertFalse(Files.exists(output("10-later/a.html")));
        assertFalse(Files.exists(output("10-later")), "the emptied folder goes too");
        assertEquals("quiz.example.org", Files.readString(output("CNAME")), "files the generator did not write stay");
    }

    @Test
    void leftoversOfAnInterruptedBuildAreCleanedUp() throws Exception {
        course();
        build();
        Path leftover = output("2-basics/.2-first.html.123.mdquiz-tmp");
        Files.writeString(leftover, "<html>half");
        byte[] before = Files.readAllBytes(output("2-basics/2-first.html"));
        build();
        assertFalse(Files.exists(leftover));
        assertArrayEquals(before, Files.readAllBytes(output("2-basics/2-first.html")));
    }

    @Test
    void aWriteFailingMidwayLeavesEveryFileWholeAndTheNextBuildRepairs() throws Exception {
        course();
        build();
        Map<String, byte[]> before = snapshot(project.resolve("target/quiz-site"));
        write("overview.md", "---\ntitle: Overview 2\norder: 1\n---\n" + BANK.replace("Pick a.", "Pick a to begin."));
        write("2-basics/2-first.md", "---\ntitle: First 2\n---\n" + BANK.replace("Pick a.", "Pick a first."));
        Path blocked = output("2-basics/2-first.html");
        Files.delete(blocked);
        Files.createDirectories(blocked.resolve("in-the-way")); // a folder where a page must go: the move fails
        assertThrows(OutputDirectoryException.class, this::build);
        Map<String, byte[]> after = snapshot(project.resolve("target/quiz-site"));
        for (Map.Entry<String, byte[]> file : after.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(file.getKey().endsWith(".mdquiz-tmp"), "temporary file left: " + file.getKey());
            if (file.getKey().endsWith(".html")) {
                assertTrue(text.endsWith("</html>\n"), file.getKey() + " is whole");
            }
        }
        assertTrue(before.containsKey("index.html"));
        Files.delete(blocked.resolve("in-the-way"));
        Files.delete(blocked);
        build();
        assertTrue(Files.readString(blocked).contains("First 2"));
    }

    private void ageEveryFile() throws IOException, QuizBuildException {
        try (Stream<Path> files = Files.walk(project.resolve("target/quiz-site"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
        // the manifest remembers the times it saw; make it see these
        new QuizGenerator(config().build()).generate();
        try (Stream<Path> files = Files.walk(project.resolve("target/quiz-site"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertEquals(LONG_AGO, Files.getLastModifiedTime(file));
            }
        }
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return found;
    }
}
