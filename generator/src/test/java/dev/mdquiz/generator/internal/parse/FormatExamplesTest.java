package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared example banks (copied into the test resources) parse without errors into the right types. */
class FormatExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-style", "heading-style", "all-types"})
    void parsesWithoutErrors(String name) {
        Banks.Result result = Banks.parse(name, Banks.resource("format-examples/" + name + ".md"));
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), result.messages().toString());
    }

    @Test
    void allTypesHasEveryQuestionType() {
        Banks.Result result = Banks.parse("all-types", Banks.resource("format-examples/all-types.md"));
        assertEquals(List.of(), result.messages());
        assertEquals("Geography and numbers", result.quiz().title());
        assertEquals(70, result.quiz().settings().passPercent());
        List<Question> questions = result.quiz().questions();
        assertEquals(List.of("fill-in", "fill-in", "fill-in", "fill-in", "ordering", "matching", "single", "single"),
                questions.stream().map(q -> q.type().attribute()).toList());
        assertEquals(List.of("Canberra"), text(questions.get(0)).variants());
        assertEquals(List.of("Nile", "the Nile", "River Nile"), text(questions.get(1)).variants());
        Answer.NumericBlank product = (Answer.NumericBlank) fillIn(questions.get(2)).blanks().get(0);
        assertEquals(0, product.low().compareTo(new BigDecimal("42")));
        Answer.NumericBlank pi = (Answer.NumericBlank) fillIn(questions.get(3)).blanks().get(0);
        assertEquals(new BigDecimal("3.135"), pi.low());
        assertEquals(new BigDecimal("3.145"), pi.high());
        assertEquals(List.of("Mercury", "Venus", "Earth", "Mars"),
                ((Answer.Ordering) questions.get(4).answer()).items().stream().map(item -> Banks.text(item.text())).toList());
        assertEquals(List.of("Tokyo", "Nairobi", "Lima"),
                ((Answer.Matching) questions.get(5).answer()).pairs().stream().map(pair -> Banks.text(pair.right())).toList());
        assertEquals(List.of(1), Banks.correctOptions(questions.get(6)));
        assertEquals(List.of(2), Banks.correctOptions(questions.get(7)));
        assertTrue(Banks.html(questions.get(7).stem()).contains("<pre><code class=\"language-python\">"));
        assertEquals("<p>Many people guess Sydney, the largest city.</p>", Banks.html(questions.get(0).explanation()));
    }

    private static Answer.FillIn fillIn(Question question) {
        return (Answer.FillIn) question.answer();
    }

    private static Answer.TextBlank text(Question question) {
        return (Answer.TextBlank) fillIn(question).blanks().get(0);
    }
}
