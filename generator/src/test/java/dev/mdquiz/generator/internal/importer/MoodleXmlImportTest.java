package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Moodle XML as Moodle's question bank exports it. */
class MoodleXmlImportTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    @TempDir
    Path root;

    @Test
    void everyKindMoodleExportsBecomesABankPerCategory() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category">
                    <category><text>$course$/top/Geography/Capitals</text></category>
                    <info format="html"><text></text></info>
                  </question>
                  <question type="multichoice">
                    <name><text>capital</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Which city is the <b>capital</b> of France?</p><p><img src="@@PLUGINFILE@@/map%20fr.png" alt="A map"></p>]]></text>
                      <file name="map fr.png" path="/" encoding="base64">BASE64</file>
                    </questiontext>
                    <generalfeedback format="html"><text>Paris has been the capital since 987.</text></generalfeedback>
                    <defaultgrade>2.0000000</defaultgrade>
                    <single>true</single>
                    <answer fraction="100" format="html"><text>Paris</text><feedback format="html"><text>Right.</text></feedback></answer>
                    <answer fraction="0" format="html"><text>Lyon</text><feedback format="html"><text></text></feedback></answer>
                    <hint format="html"><text>It is on the Seine.</text></hint>
                  </question>
                  <question type="multichoice">
                    <name><text>primes</text></name>
                    <questiontext format="html"><text>Which are prime?</text></questiontext>
                    <single>false</single>
                    <answer fraction="50"><text>2</text></answer>
                    <answer fraction="50"><text>3</text></answer>
                    <answer fraction="-100"><text>4</text></answer>
                  </question>
                  <question type="truefalse">
                    <name><text>tf</text></name>
                    <questiontext format="html"><text>The Rhine flows through Paris.</text></questiontext>
                    <answer fraction="0"><text>true</text><feedback><text>No, the Seine does.</text></feedback></answer>
                    <answer fraction="100"><text>false</text><feedback><text></text></feedback></answer>
                  </question>
                  <question type="shortanswer">
                    <name><text>sa</text></name>
                    <questiontext format="html"><text>The capital of Italy:</text></questiontext>
                    <usecase>0</usecase>
                    <answer fraction="100"><text>Rome</text></answer>
                    <answer fraction="100"><text>Roma</text></answer>
                    <answer fraction="50"><text>Vatican</text></answer>
                  </question>
                  <question type="numerical">
                    <name><text>num</text></name>
                    <questiontext format="html"><text>How many km is Paris from Lyon, roughly?</text></questiontext>
                    <answer fraction="100"><text>465</text><tolerance>15</tolerance></answer>
                  </question>
                  <question type="category">
                    <category><text>$course$/top/Geography/Rivers</text></category>
                  </question>
                  <question type="matching">
                    <name><text>match</text></name>
                    <questiontext format="html"><text>Match river and city.</text></questiontext>
                    <subquestion format="html"><text>Seine</text><answer><text>Paris</text></answer></subquestion>
                    <subquestion format="html"><text>Thames</text><answer><text>London</text></answer></subquestion>
                    <subquestion format="html"><text></text><answer><text>Madrid</text></answer></subquestion>
                  </question>
                  <question type="ordering">
                    <name><text>order</text></name>
                    <questiontext format="html"><text>Longest first.</text></questiontext>
                    <answer fraction="2"><text>Rhine</text></answer>
                    <answer fraction="1"><text>Danube</text></answer>
                    <answer fraction="3"><text>Seine</text></answer>
                  </question>
                  <question type="cloze">
                    <name><text>cloze</text></name>
                    <questiontext format="html"><text><![CDATA[<p>The {1:SHORTANSWER:=Seine~%50%seine river} flows {1:NUMERICAL:=777:10} km.</p>]]></text></questiontext>
                  </question>
                  <question type="essay">
                    <name><text>essay</text></name>
                    <questiontext format="html"><text>Discuss.</text></questiontext>
                  </question>
                </quiz>
                """.replace("BASE64", Base64.getMimeEncoder().encodeToString(PNG));
        ImportFixture run = new ImportFixture(root).run("export.xml", xml);
        assertEquals(List.of(
                "export.xml:39:1: warning: partial credit 50% on answer \"Vatican\" dropped: mdquiz grades right or wrong",
                "export.xml:54:1: warning: extra right-hand side \"Madrid\" dropped: in mdquiz every right-hand side belongs to a pair",
                "export.xml:63:1: warning: partial credit 50% on answer \"seine river\" dropped: mdquiz grades right or wrong",
                "export.xml:67:1: warning: essay question \"essay\" not carried over: mdquiz grades answers in the page, and an essay has none to grade"),
                run.diagnostics());
        List<Quiz> quizzes = run.quizzes();
        assertEquals(List.of("Geography/Capitals", "Geography/Rivers"), quizzes.stream().map(Quiz::id).sorted().toList());
        Quiz capitals = quizzes.stream().filter(q -> q.id().endsWith("Capitals")).findFirst().orElseThrow();
        assertEquals("""
                single [x] Paris / [ ] Lyon
                multiple [x] 2 / [x] 3 / [ ] 4
                single [ ] True / [x] False
                fill-in Rome|Roma
                fill-in 450..480""", ImportFixture.answers(capitals));
        assertEquals(2, capitals.questions().get(0).points());
        assertEquals("It is on the Seine.", PlainText.of(capitals.questions().get(0).hint()));
        assertEquals("Paris has been the capital since 987.", PlainText.of(capitals.questions().get(0).explanation()));
        assertArrayEquals(PNG, Files.readAllBytes(run.source.resolve("Geography/images/map-fr.png")));
        assertTrue(run.bank("Geography/Capitals.md").contains("![A map](images/map-fr.png)"));
        assertTrue(run.bank("Geography/Capitals.md").contains("**capital**"));
        Quiz rivers = quizzes.stream().filter(q -> q.id().endsWith("Rivers")).findFirst().orElseThrow();
        assertEquals("""
                matching Seine -> Paris, Thames -> London
                ordering Danube < Rhine < Seine
                fill-in Seine, 767..787""", ImportFixture.answers(rivers));
        assertEquals("---\ntitle: \"Geography\"\n---\n", run.bank("Geography/_section.md"));
    }

    @Test
    void aShortAnswersBlankStandsOnItsLineAndALoneDropDownIsAChoice() throws Exception {
        ImportFixture run = new ImportFixture(root).run("gaps.xml", """
                <quiz>
                  <question type="shortanswer">
                    <name><text>gap</text></name>
                    <questiontext format="html"><text>The ______ flows through Paris.</text></questiontext>
                    <answer fraction="100"><text>Seine</text></answer>
                    <answer fraction="100"><text>*river</text></answer>
                  </question>
                  <question type="multianswer">
                    <name><text>drop-down</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Paris is in {1:MULTICHOICE:=France#Yes~%50%Gaul~Spain#No}.</p>]]></text></questiontext>
                    <generalfeedback format="html"><text>Since long ago.</text></generalfeedback>
                  </question>
                </quiz>
                """);
        assertEquals(List.of("gaps.xml:6:1: warning: accepted answer \"*river\" dropped: Moodle reads its * as any"
                + " characters, and a blank accepts exact answers only; write the answers it stood for",
                "gaps.xml:8:1: warning: partial credit 50% on answer \"Gaul\" dropped: mdquiz grades a choice right or"
                + " wrong, so this option counts as wrong"), run.diagnostics());
        Quiz quiz = run.quizzes().get(0);
        assertEquals("fill-in Seine\nsingle [x] France / [ ] Gaul / [ ] Spain", ImportFixture.answers(quiz));
        assertEquals("The ___ flows through Paris.", PlainText.of(quiz.questions().get(0).stem()));
        assertEquals("Paris is in _____.", PlainText.of(quiz.questions().get(1).stem()));
        assertEquals("No", PlainText.of(ImportFixture.options(quiz.questions().get(1)).get(2).feedback()));
        assertEquals("Since long ago.", PlainText.of(quiz.questions().get(1).explanation()));
    }

    @Test
    void imagesOfTheSameNameKeepTheirOwnContentAlsoAcrossBanksOfAFolder() throws Exception {
        String question = """
                  <question type="truefalse">
                    <name><text>NAME</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Is NAME shown? <img src="@@PLUGINFILE@@/pic.png" alt="NAME"></p>]]></text>
                      <file name="pic.png" path="/" encoding="base64">BYTES</file>
                    </questiontext>
                    <answer fraction="100"><text>true</text></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                """;
        byte[] first = {1, 2, 3};
        byte[] second = {4, 5, 6};
        byte[] third = {7, 8, 9}; // in another bank of the same folder
        String category = "<question type=\"category\"><category><text>$course$/top/Course/NAME</text></category>"
                + "</question>\n";
        ImportFixture run = new ImportFixture(root).run("pics.xml", "<quiz>\n"
                + category.replace("NAME", "A")
                + question.replace("NAME", "first").replace("BYTES", Base64.getEncoder().encodeToString(first))
                + question.replace("NAME", "second").replace("BYTES", Base64.getEncoder().encodeToString(second))
                + question.replace("NAME", "third").replace("BYTES", Base64.getEncoder().encodeToString(first))
                + category.replace("NAME", "B")
                + question.replace("NAME", "fourth").replace("BYTES", Base64.getEncoder().encodeToString(third))
                + "</quiz>\n");
        assertEquals(List.of(), run.diagnostics());
        assertArrayEquals(first, Files.readAllBytes(run.source.resolve("Course/images/pic.png")));
        assertArrayEquals(second, Files.readAllBytes(run.source.resolve("Course/images/pic-2.png")));
        assertArrayEquals(third, Files.readAllBytes(run.source.resolve("Course/images/pic-3.png")));
        String bank = run.bank("Course/A.md");
        assertTrue(bank.contains("![first](images/pic.png)") && bank.contains("![second](images/pic-2.png)")
                && bank.contains("![third](images/pic.png)"), bank);
        assertTrue(run.bank("Course/B.md").contains("![fourth](images/pic-3.png)"));
        run.quizzes();
    }

    @Test
    void brokenXmlIsAnErrorAtItsLineAndDoctypesAreRefused() throws Exception {
        ImportFixture run = new ImportFixture(root).run("bad.xml", "<quiz>\n<question type=\"truefalse\">\n</quiz>\n");
        assertEquals(1, run.diagnostics().size());
        assertTrue(run.diagnostics().get(0).startsWith("bad.xml:3:"), run.diagnostics().toString());
        ImportFixture xxe = new ImportFixture(root).run("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <quiz><question type="description"><questiontext><text>&secret;</text></questiontext></question></quiz>
                """);
        assertTrue(xxe.result.failed());
        assertTrue(xxe.diagnostics().get(0).contains("DOCTYPE"), xxe.diagnostics().toString());
    }
}
