package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.internal.export.ExportHtml;
import dev.mdquiz.generator.internal.export.HandGraded;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every question read back from its QTI the way Canvas's importer reads it (the question_type field, the correct
 * response ids of a choice, each varequal of a short answer, the bounds of a number, every label of a blank's
 * response_lid, the match of each left-hand side) gives the answers of the bank it came from.
 */
class QtiRoundTripTest {
    private static final String QTI = QtiPackage.QTI_NAMESPACE;

    @TempDir
    Path output;

    @Test
    void everyQuestionReadBackHasTheBanksAnswers() {
        ExportFixture course = ExportFixture.course("export/qti/course", output);
        int checked = 0;
        for (Quiz quiz : course.quizzes()) {
            Map<String, byte[]> zip = ExportFixture.entries(new QtiFormat().write(course.bank(quiz.id())));
            String id = QtiPackage.identifier(quiz);
            Document assessment = QtiPackageTest.parse(id, zip.get(id + "/" + id + ".xml"));
            Map<String, Element> items = new LinkedHashMap<>();
            QtiPackageTest.elements(assessment, QTI, "item").forEach(item -> items.put(item.getAttribute("ident"), item));
            for (Question question : quiz.questions()) {
                Element item = items.get(id + "-" + question.id());
                assertEquals(leftOut(question), item == null, quiz.id() + " question " + question.id() + " left out");
                if (item != null) {
                    assertReadsBack(quiz.id(), question, item);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 14, "the test course has a question of every kind: " + checked);
    }

    /** The one kind QTI cannot hold: a range among several blanks. */
    private static boolean leftOut(Question question) {
        return question.answer() instanceof Answer.FillIn fillIn && fillIn.blanks().size() > 1
                && fillIn.blanks().stream().anyMatch(blank -> blank instanceof Answer.NumericBlank number
                && number.low().compareTo(number.high()) != 0);
    }

    private static void assertReadsBack(String bank, Question question, Element item) {
        String where = bank + " question " + question.id();
        String type = field(item, "question_type");
        assertEquals(Integer.toString(question.points()), field(item, "points_possible"), where);
        boolean handGraded = question.answer() instanceof Answer.FillIn fillIn && HandGraded.needed(fillIn);
        assertEquals(!question.explanation().isEmpty() || handGraded, feedback(item).containsKey("general_fb"), where);
        question.answer().accept(new Answer.Visitor<Void>() {
            @Override
            public Void choice(Answer.Choice choice) {
                boolean multiple = choice.correctCount() > 1 || choice.forceMultiple();
                assertEquals(multiple ? "multiple_answers_question" : "multiple_choice_question", type, where);
                List<String> labels = labelIds(only(item, "response_lid"));
                assertEquals(choice.options().size(), labels.size(), where);
                List<String> correct = new ArrayList<>();
                for (Element varequal : scoring(item)) {
                    if (!((Element) varequal.getParentNode()).getLocalName().equals("not")) {
                        correct.add(varequal.getTextContent());
                    }
                }
                for (int i = 0; i < labels.size(); i++) {
                    ChoiceOption option = choice.options().get(i);
                    assertEquals(option.correct(), correct.contains(labels.get(i)), where + " option " + (i + 1));
                    assertEquals(!option.feedback().isEmpty(), feedback(item).containsKey(labels.get(i) + "_fb"),
                            where + " option " + (i + 1) + "'s feedback");
                }
                return null;
            }

            @Override
            public Void fillIn(Answer.FillIn fillIn) {
                if (HandGraded.needed(fillIn)) {
                    // graded by hand: the expected answer is for the grader, after the explanation
                    assertEquals("essay_question", type, where);
                    assertTrue(text(first(feedback(item).get("general_fb"), "flow_mat"))
                            .endsWith(HandGraded.expectedHtml(fillIn)), where);
                    assertTrue(scoring(item).isEmpty(), where);
                } else if (fillIn.blanks().size() > 1) {
                    assertEquals("fill_in_multiple_blanks_question", type, where);
                    List<Element> responses = children(item, "response_lid");
                    for (int i = 0; i < responses.size(); i++) {
                        assertEquals("response_b" + (i + 1), responses.get(i).getAttribute("ident"), where);
                        assertEquals(accepted(fillIn.blanks().get(i)), labelTexts(responses.get(i)), where);
                    }
                    assertEquals(fillIn.blanks().size(), responses.size(), where);
                } else if (fillIn.blanks().get(0) instanceof Answer.NumericBlank number) {
                    assertEquals("numerical_question", type, where);
                    assertEquals(0, number.low().compareTo(bound(item, "vargte")), where);
                    assertEquals(0, number.high().compareTo(bound(item, "varlte")), where);
                } else {
                    assertEquals("short_answer_question", type, where);
                    assertEquals(accepted(fillIn.blanks().get(0)),
                            scoring(item).stream().map(Element::getTextContent).toList(), where);
                }
                return null;
            }

            @Override
            public Void ordering(Answer.Ordering ordering) {
                assertEquals("matching_question", type, where);
                List<String> positions = new ArrayList<>();
                for (int i = 0; i < ordering.items().size(); i++) {
                    positions.add(Integer.toString(i + 1));
                }
                // a Parsons problem's lines keep their indentation in no-break spaces
                assertEquals(pairs(positions, ordering.items().stream().map(it -> ordering.isCode()
                        ? ExportHtml.indentedText(it) : PlainText.of(it.text())).toList()), matches(item), where);
                return null;
            }

            @Override
            public Void matching(Answer.Matching matching) {
                assertEquals("matching_question", type, where);
                assertEquals(pairs(matching.pairs().stream().map(pair -> PlainText.of(pair.left())).toList(),
                        matching.pairs().stream().map(pair -> PlainText.of(pair.right())).toList()), matches(item), where);
                return null;
            }

            @Override
            public Void none(Answer.None none) {
                assertEquals("text_only_question", type, where);
                return null;
            }
        });
    }

    private static List<String> accepted(Answer.Blank blank) {
        return blank instanceof Answer.TextBlank text ? text.variants()
                : List.of(((Answer.NumericBlank) blank).low().toPlainString());
    }

    private static Map<String, String> pairs(List<String> lefts, List<String> rights) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < lefts.size(); i++) {
            pairs.put(lefts.get(i), rights.get(i));
        }
        return pairs;
    }

    /** Each left-hand side's text to the text of the right-hand side its scoring condition wants. */
    private static Map<String, String> matches(Element item) {
        Map<String, String> matches = new LinkedHashMap<>();
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Element varequal : scoring(item)) {
            wanted.put(varequal.getAttribute("respident"), varequal.getTextContent());
        }
        for (Element response : children(item, "response_lid")) {
            String left = Jsoup.parse(text(response)).text();
            List<String> ids = labelIds(response);
            List<String> texts = labelTexts(response);
            matches.put(left, texts.get(ids.indexOf(wanted.get(response.getAttribute("ident")))));
        }
        return matches;
    }

    private static String field(Element item, String label) {
        for (Element field : QtiPackageTest.elements(item.getOwnerDocument(), QTI, "qtimetadatafield")) {
            if (item.isSameNode(ancestor(field, "item"))
                    && first(field, "fieldlabel").getTextContent().equals(label)) {
                return first(field, "fieldentry").getTextContent();
            }
        }
        throw new AssertionError("no " + label + " field");
    }

    private static Map<String, Element> feedback(Element item) {
        Map<String, Element> feedback = new LinkedHashMap<>();
        QtiPackageTest.children(item, QTI, "itemfeedback").forEach(f -> feedback.put(f.getAttribute("ident"), f));
        return feedback;
    }

    /** The tests of the conditions that score: those with a setvar. */
    private static List<Element> scoring(Element item) {
        List<Element> tests = new ArrayList<>();
        for (Element condition : descendants(item, "respcondition")) {
            if (!descendants(condition, "setvar").isEmpty()) {
                tests.addAll(descendants(condition, "varequal"));
            }
        }
        return tests;
    }

    private static BigDecimal bound(Element item, String name) {
        return new BigDecimal(descendants(item, name).get(0).getTextContent());
    }

    private static List<Element> children(Element item, String name) {
        return descendants(item, name);
    }

    private static Element only(Element item, String name) {
        List<Element> found = descendants(item, name);
        assertEquals(1, found.size(), name);
        return found.get(0);
    }

    private static List<String> labelIds(Element response) {
        return descendants(response, "response_label").stream().map(label -> label.getAttribute("ident")).toList();
    }

    private static List<String> labelTexts(Element response) {
        return descendants(response, "response_label").stream().map(label -> text(label)).toList();
    }

    private static String text(Element parent) {
        return first(first(parent, "material"), "mattext").getTextContent();
    }

    private static Element first(Element parent, String name) {
        return QtiPackageTest.children(parent, QTI, name).get(0);
    }

    private static Element ancestor(Element element, String name) {
        org.w3c.dom.Node node = element;
        while (node != null && !(node instanceof Element e && name.equals(e.getLocalName()))) {
            node = node.getParentNode();
        }
        return (Element) node;
    }

    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        org.w3c.dom.NodeList nodes = parent.getElementsByTagNameNS(QTI, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
