package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.mdquiz.generator.model.QuestionType.MULTIPLE_CHOICE;
import static dev.mdquiz.generator.model.QuestionType.SINGLE_CHOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedStyleTest {
    private final Banks.Result seed = Banks.parse("seed-style", Banks.resource("format-examples/seed-style.md"));

    @Test
    void parsesSixQuestionsWithOnlyTheMojibakeWarning() {
        assertEquals(List.of("seed-style.md:28:78: warning: 'Whatâ€™s' looks like UTF-8 text decoded as"
                + " Windows-1252; did you mean 'What’s'? Fix the file's encoding"), seed.messages());
        assertEquals(6, seed.quiz().questions().size());
    }

    @Test
    void typesAndCorrectOptionsMatchTheMarkers() {
        List<Question> questions = seed.quiz().questions();
        assertQuestion(questions.get(0), MULTIPLE_CHOICE, 4, List.of(1, 3, 4));
        assertQuestion(questions.get(1), SINGLE_CHOICE, 3, List.of(2));
        assertQuestion(questions.get(2), MULTIPLE_CHOICE, 4, List.of(1, 3));
        assertQuestion(questions.get(3), MULTIPLE_CHOICE, 3, List.of(1, 2, 3));
        assertQuestion(questions.get(4), SINGLE_CHOICE, 3, List.of(1));
        assertQuestion(questions.get(5), MULTIPLE_CHOICE, 4, List.of(1, 2, 3));
    }

    @Test
    void instructionInItsOwnParagraphStaysInTheStem() {
        Question third = seed.quiz().questions().get(2);
        assertEquals("<p>Which of the following statements about version control branches are true?</p>\n<p>Select two.</p>",
                Banks.html(third.stem()));
        assertTrue(Banks.text(seed.quiz().questions().get(5).stem()).endsWith("Select three."));
    }

    @Test
    void boldNumberIsNotPartOfTheStem() {
        for (Question question : seed.quiz().questions()) {
            assertTrue(!Banks.html(question.stem()).contains("<strong>"), Banks.html(question.stem()));
            assertTrue(Banks.html(question.stem()).startsWith("<p>Which") || Banks.html(question.stem()).startsWith("<p>In")
                    || Banks.html(question.stem()).startsWith("<p>Suppose"), Banks.html(question.stem()));
        }
    }

    @Test
    void optionTextHasNoMarker() {
        Question first = seed.quiz().questions().get(0);
        assertEquals("Run the automated test suite on every change before it is merged.",
                Banks.html(Banks.options(first).get(0).text()));
        assertEquals("Deploy straight from a developer laptop to save time.", Banks.text(Banks.options(first).get(1).text()));
    }

    @Test
    void questionPositionsPointAtTheBoldNumber() {
        List<Question> questions = seed.quiz().questions();
        assertEquals(1, questions.get(0).position().line());
        assertEquals(8, questions.get(1).position().line());
        assertEquals(1, questions.get(1).position().column());
        assertEquals(9, questions.get(1).answer().position().line());
    }

    @Test
    void titleComesFromTheFileNameWhenThereIsNoHeading() {
        assertEquals("Seed style", seed.quiz().title());
    }

    private static void assertQuestion(Question question, QuestionType type, int options, List<Integer> correct) {
        assertEquals(type, question.type(), "type of question " + question.number());
        assertEquals(options, Banks.options(question).size(), "options of question " + question.number());
        assertEquals(correct, Banks.correctOptions(question), "correct options of question " + question.number());
    }
}
