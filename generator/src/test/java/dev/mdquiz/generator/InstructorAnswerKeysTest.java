package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readable answer keys for teachers: where they go, what they say, and that the site never holds them. */
class InstructorAnswerKeysTest {
    private static final String BANK = """
            # Week one

            **1.** Pick the even numbers.

            - [ ] 3
            - [x] 4
            - [x] "6, or six"

            **2.** [[Oslo]] is the capital of [[Norway|Kingdom of Norway]]. Pi is [[=3.14±0.005]], 7 × 6 is [[=42]].
            <!-- quiz: id=capitals points=2 -->

            **3.** Put them in order.

            1. first
            2. second

            **4.** Match them.

            - Gold -> Au
            - Iron -> Fe

            **5.** Which command stages `snake_case.py`?

            - [x] `git add snake_case.py`
            - [ ] *git commit*

            **6.** The `main` branch is called [[main]] by default.

            **7.** Match each command to what it does.

            - `git add` -> stages *changes*
            - `git commit` -> records them
            """;

    @TempDir
    Path project;

    private Path source() {
        return project.resolve("src/quiz");
    }

    private Path output() {
        return project.resolve("target/quiz-site");
    }

    private Path keys() {
        return project.resolve("target/quiz-answer-keys");
    }

    private void bank(String path, String content) throws IOException {
        Path file = source().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private BuildResult generate(GeneratorConfig.Builder builder) throws QuizBuildException {
        return new QuizGenerator(builder.keyIterations(0).build()).generate();
    }

    private GeneratorConfig.Builder config() {
        return GeneratorConfig.builder(source(), output());
    }

    /** Values as they read, without Markdown's marks or quotes of their own; quoted only where RFC 4180 needs it. */
    @Test
    void csvListsEveryAcceptedAnswer() throws Exception {
        bank("week-1/basics.md", BANK);
        generate(config());
        String csv = Files.readString(keys().resolve("week-1/basics.csv"), StandardCharsets.UTF_8);
        List<String> expected = List.of(
                "\uFEFFquiz,question,id,type,points,part,answer",
                "week-1/basics,1,q1,multiple,1,option 2,4",
                "week-1/basics,1,q1,multiple,1,option 3,\"\"\"6, or six\"\"\"",
                "week-1/basics,2,capitals,fill-in,2,blank 1,Oslo",
                "week-1/basics,2,capitals,fill-in,2,blank 2,Norway | Kingdom of Norway",
                "week-1/basics,2,capitals,fill-in,2,blank 3,3.135 to 3.145 (graded on steps of 0.001: 3.1345 passes"
                        + " and 3.1455 does not)",
                "week-1/basics,2,capitals,fill-in,2,blank 4,42",
                "week-1/basics,3,q3,ordering,1,position 1,first",
                "week-1/basics,3,q3,ordering,1,position 2,second",
                "week-1/basics,4,q4,matching,1,Gold,Au",
                "week-1/basics,4,q4,matching,1,Iron,Fe",
                "week-1/basics,5,q5,single,1,option 1,git add snake_case.py",
                "week-1/basics,6,q6,fill-in,1,blank 1,main",
                "week-1/basics,7,q7,matching,1,git add,stages changes",
                "week-1/basics,7,q7,matching,1,git commit,records them");
        assertEquals(String.join("\r\n", expected) + "\r\n", csv);
    }

    /** The question texts with their blanks where they stand, code as code, everything else escaped. */
    @Test
    void markdownReadsLikeTheQuiz() throws Exception {
        bank("week-1/basics.md", BANK);
        generate(config());
        String markdown = Files.readString(keys().resolve("week-1/basics.md"));
        assertTrue(markdown.startsWith("# Answer key: Week one\n"), markdown);
        assertTrue(markdown.contains("\n## Question 2 (capitals) · fill-in · 2 points\n\n"
                + "___(1) is the capital of ___(2). Pi is ___(3), 7 × 6 is ___(4).\n\n"
                + "- blank 1: **Oslo**\n"
                + "- blank 2: **Norway \\| Kingdom of Norway**\n"), markdown);
        assertTrue(markdown.contains("\n- option 3: **\"6, or six\"**\n"), markdown);
        assertTrue(markdown.contains("\n- Gold: **Au**\n"), markdown);
        assertTrue(markdown.contains("\nWhich command stages `snake_case.py`?\n\n"
                + "- option 1: **`git add snake_case.py`**\n"), markdown);
        assertTrue(markdown.contains("\nThe `main` branch is called ___ by default.\n\n- blank 1: **main**\n"),
                markdown);
        assertTrue(markdown.contains("\n- `git add`: **stages changes**\n- `git commit`: **records them**\n"),
                markdown);
    }

    @Test
    void theSiteNeitherHoldsNorLinksThem() throws Exception {
        bank("basics.md", BANK);
        generate(config());
        try (Stream<Path> files = Files.walk(output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("answer-keys") || text.contains("Answer key"), file.toString());
                assertFalse(file.getFileName().toString().endsWith(".csv"), file.toString());
            }
        }
        assertTrue(Files.isRegularFile(keys().resolve("basics.md")));
    }

    @Test
    void aFolderInsideTheSiteOrTheSourcesIsRefusedBeforeAnythingIsWritten() throws Exception {
        bank("basics.md", BANK);
        for (Path inside : List.of(output().resolve("keys"), source().resolve("keys"), project.resolve("target"))) {
            OverlappingFoldersException failure = assertThrows(OverlappingFoldersException.class,
                    () -> generate(config().answerKeyDirectory(inside)));
            assertEquals(Setting.ANSWER_KEY_DIRECTORY, failure.setting().orElseThrow());
            assertTrue(failure.getMessage().startsWith("answerKeyDirectory " + inside + " overlaps "),
                    failure.getMessage());
            assertFalse(Files.exists(output()), "nothing written");
        }
    }

    @Test
    void keysOfRemovedBanksGoAndUnchangedOnesStay() throws Exception {
        bank("a.md", BANK);
        bank("b.md", BANK.replace("Week one", "Week two"));
        Path elsewhere = project.resolve("teachers");
        generate(config().answerKeyDirectory(elsewhere));
        long stamp = Files.getLastModifiedTime(elsewhere.resolve("a.csv")).toMillis();
        Files.delete(source().resolve("b.md"));
        generate(config().answerKeyDirectory(elsewhere));
        assertFalse(Files.exists(elsewhere.resolve("b.md")));
        assertFalse(Files.exists(elsewhere.resolve("b.csv")));
        assertEquals(stamp, Files.getLastModifiedTime(elsewhere.resolve("a.csv")).toMillis(), "untouched");
    }
}
