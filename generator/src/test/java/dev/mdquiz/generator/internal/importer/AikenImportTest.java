package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AikenImportTest {
    @TempDir
    Path root;

    @Test
    void questionsOptionsAndAnswersBecomeSingleChoices() throws Exception {
        ImportFixture run = new ImportFixture(root).run("aiken.txt", """
                What is the correct answer to this question?
                A. Is it this one?
                B. Maybe this answer?
                C. Possibly this one?
                D. Must be this one!
                ANSWER: D

                Which LMS has the most *quiz* import formats?\r
                A) Moodle\r
                B) ATutor\r
                C) Claroline\r
                ANSWER: A\r
                """);
        assertEquals(List.of(), run.diagnostics());
        Quiz quiz = run.quizzes().get(0);
        assertEquals("""
                single [ ] Is it this one? / [ ] Maybe this answer? / [ ] Possibly this one? / [x] Must be this one!
                single [x] Moodle / [ ] ATutor / [ ] Claroline""", ImportFixture.answers(quiz));
        assertEquals("Which LMS has the most *quiz* import formats?", PlainText.of(quiz.questions().get(1).stem()));
    }

    @Test
    void aMissingOrWrongAnswerIsAnErrorAtItsLine() throws Exception {
        ImportFixture run = new ImportFixture(root).run("aiken.txt", """
                Q1?
                A. a
                B. b
                ANSWER: C

                Q2?
                A. a
                B. b
                """);
        assertEquals(List.of(
                "aiken.txt:4:1: error: ANSWER 'C' names no option: write one of A, B",
                "aiken.txt:6:1: error: question has no ANSWER line: end it with 'ANSWER: ' and the right option's letter"),
                run.diagnostics());
    }

    @Test
    void aQuestionThatLostItsAnswerLineIsNamedAndTheNextOneStillRead() throws Exception {
        ImportFixture run = new ImportFixture(root).run("aiken.txt", "Q1?\r\nA. a\r\nB. b\r\n\r\nQ2?\r\nA) c\r\nB) d\r\n"
                + "ANSWER: E\r\n");
        assertEquals(List.of(
                "aiken.txt:1:1: error: question has no ANSWER line: after its last option (line 3) add 'ANSWER: A' with"
                        + " the right option's letter",
                "aiken.txt:8:1: error: ANSWER 'E' names no option: write one of A, B"),
                run.diagnostics(), "the second question is read as its own, so its mistake is found too");
    }
}
