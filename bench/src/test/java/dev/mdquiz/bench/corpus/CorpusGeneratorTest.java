package dev.mdquiz.bench.corpus;

import dev.mdquiz.generator.CheckResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {
    @TempDir
    Path folder;

    @Test
    void sameSeedSameBanksAndSmallCorporaArePrefixesOfLargeOnes() {
        CorpusGenerator generator = new CorpusGenerator(7, 10);
        assertEquals(generator.bank(3), new CorpusGenerator(7, 10).bank(3));
        assertNotEquals(generator.bank(3), new CorpusGenerator(8, 10).bank(3));
        assertNotEquals(generator.bank(3), generator.bank(4));
    }

    @Test
    void corpusIsCleanForTheGeneratorAndHasTheWholeMix() throws Exception {
        Corpus corpus = new CorpusGenerator(7, 10).write(folder.resolve("src"), 60);

        CheckResult check = new QuizGenerator(GeneratorConfig.builder(corpus.directory(), folder.resolve("site")).build()).check();
        assertEquals(List.of(), check.diagnostics(), "no errors or warnings");
        assertEquals(60, check.quizzes());
        assertEquals(600, check.questions());

        String all = IntStream.range(0, 60).mapToObj(new CorpusGenerator(7, 10)::bank).collect(Collectors.joining("\n"));
        for (String feature : List.of("- [x] ", "Select two.", "  > ", "[[=", "±", "..", "1. ", " -> ", "```java",
                "![diagram](img/diagram-", "> Hint: ", "title: Bank 00001")) {
            assertTrue(all.contains(feature), "corpus has " + feature);
        }
        assertTrue(Files.size(corpus.directory().resolve("unit-001/img/diagram-0.png")) > 0, "diagrams beside the banks");
        assertTrue(Files.isRegularFile(corpus.directory().resolve("unit-002/bank-00051.md")), "unit folders of 50");
    }

    @Test
    void portableQuizReadsAsQuizdownAndAsAnMdquizBank() {
        List<SyntheticQuestion> quiz = new CorpusGenerator(7, 10).portableQuiz(10);
        String quizdown = QuizdownQuiz.write(quiz);
        assertEquals(10, quizdown.lines().filter(l -> l.startsWith("### ")).count());
        assertTrue(quizdown.contains("1. [x] ") && quizdown.contains("- [x] "), "single and multiple choice");
        String bank = MdquizBank.write("Quiz", null, quiz);
        assertEquals(10, bank.lines().filter(l -> l.matches("\\*\\*\\d+\\.\\*\\* .*")).count());
    }
}
