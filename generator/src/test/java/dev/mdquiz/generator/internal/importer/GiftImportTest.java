package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.model.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GIFT, from the examples of Moodle's "GIFT format" page and the quirks real files have. */
class GiftImportTest {
    @TempDir
    Path root;

    @Test
    void theSpecsQuestionKindsBecomeThisFormatsKinds() throws Exception {
        ImportFixture run = new ImportFixture(root).run("old.gift", """
                // question: 1 name: Grants tomb
                ::Grants tomb::Who is buried in Grant's tomb in New York City? {
                =Grant
                ~No one
                #Was true for 12 years, but Grant's remains were buried in the tomb in 1897
                ~Napoleon
                #He was buried in France
                ~Churchill
                ~Mother Teresa
                }

                Grant is {~buried =entombed ~living} in Grant's tomb.

                Grant is buried in Grant's tomb.{F}

                The sun rises in the east.{T}

                Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}

                Two plus two equals {=four =4}.

                Match the following countries with their corresponding capitals. {
                =Canada -> Ottawa
                =Italy  -> Rome
                =Japan  -> Tokyo
                =India  -> New Delhi
                ####It's good to know the capitals
                }

                When was Ulysses S. Grant born?{#1822:5}

                What is the value of pi (to 3 decimal places)? {#3.14159:0.0005}.

                Give pi to three decimal places. {#3.141..3.142}.

                What two people are entombed in Grant's tomb? {
                ~%-100%No one
                ~%50%Grant
                ~%50%Grant's wife
                ~%-100%Grant's father
                }
                """);
        assertEquals(List.of(), run.diagnostics());
        Quiz quiz = run.quizzes().get(0);
        assertEquals("old", quiz.title());
        assertEquals("""
                single [x] Grant / [ ] No one / [ ] Napoleon / [ ] Churchill / [ ] Mother Teresa
                single [ ] buried / [x] entombed / [ ] living
                single [ ] True / [x] False
                single [x] True / [ ] False
                fill-in Grant|Ulysses S. Grant|Ulysses Grant
                fill-in four|4
                matching Canada -> Ottawa, Italy -> Rome, Japan -> Tokyo, India -> New Delhi
                fill-in 1817..1827
                fill-in 3.14109..3.14209
                fill-in 3.141..3.142
                multiple [ ] No one / [x] Grant / [x] Grant's wife / [ ] Grant's father""", ImportFixture.answers(quiz));
        assertEquals("Grant is _____ in Grant's tomb.", dev.mdquiz.generator.internal.text.PlainText.of(
                quiz.questions().get(1).stem()));
        assertEquals("Two plus two equals ___.", dev.mdquiz.generator.internal.text.PlainText.of(
                quiz.questions().get(5).stem()));
        assertEquals("He was buried in France", dev.mdquiz.generator.internal.text.PlainText.of(
                ImportFixture.options(quiz.questions().get(0)).get(2).feedback()));
        assertEquals("It's good to know the capitals", dev.mdquiz.generator.internal.text.PlainText.of(
                quiz.questions().get(6).explanation()));
    }

    @Test
    void dollarsStayDollarsAndNeverStartAFormula() throws Exception {
        ImportFixture run = new ImportFixture(root).run("prices.gift", """
                Is $a_1 < a_2$ true? {T}

                [html]<p>A coffee costs $3, a <b>cake</b> $x$.</p>{=$7 ~$x$}

                A shell variable starts with {=$ =dollar}.

                Write x between dollars: {=$x$}.
                """);
        assertEquals(List.of(), run.diagnostics());
        assertTrue(run.bank("prices.md").contains("Is \\$a\\_1 \\< a\\_2\\$ true?"), run.bank("prices.md"));
        List<Quiz> quizzes = run.quizzes(); // parses cleanly: no formula, so no TeX error
        Quiz quiz = quizzes.get(0);
        assertEquals("Is $a_1 < a_2$ true?", dev.mdquiz.generator.internal.text.PlainText.of(quiz.questions().get(0).stem()));
        assertEquals("A coffee costs $3, a cake $x$.",
                dev.mdquiz.generator.internal.text.PlainText.of(quiz.questions().get(1).stem()));
        assertEquals("single [x] $7 / [ ] $x$", ImportFixture.answers(quiz).lines().toList().get(1));
        assertEquals(List.of("fill-in $|dollar", "fill-in $x$"), ImportFixture.answers(quiz).lines().skip(2).toList());
    }

    @Test
    void whatTheFormatCannotHoldIsReportedAtItsLine() throws Exception {
        ImportFixture run = new ImportFixture(root).run("old.gift", """
                When was Grant born? {#
                =1822:0
                =%50%1822:2
                }

                Write about Grant. {}

                Pick one {=a ~%50%b ~c}
                """);
        assertEquals(List.of(
                "old.gift:3:1: warning: partial credit 50% on answer \"1822:2\" dropped: mdquiz grades right or wrong",
                "old.gift:6:1: warning: essay question not carried over: mdquiz grades answers in the page, and an essay has none to grade",
                "old.gift:8:14: warning: partial credit 50% on answer \"b\" dropped: mdquiz grades a single choice right or wrong, so this option counts as wrong"),
                run.diagnostics());
        assertEquals("fill-in 1822..1822\nsingle [x] a / [ ] b / [ ] c", ImportFixture.answers(run.quizzes().get(0)));
    }

    @Test
    void escapesCommentsCrlfBomAndMarkdownCharactersReadTheSame() throws Exception {
        String gift = "\uFEFF// a comment line\r\n$CATEGORY: $course$/top/Maths/Sets \\: basics\r\n\r\n"
                + "::q1::[plain]Is 1 \\= 1 and \\{a\\} a *set* # [[x]]?{\r\n=yes \\~ sure#right\r\n~no}\r\n\r\n"
                + "[html]<p>What is <b>2</b> + <sub>2</sub>?</p>{=4 =four}\r\n";
        ImportFixture run = new ImportFixture(root).run("sets.txt", gift);
        assertEquals(List.of(), run.diagnostics());
        Quiz quiz = run.quizzes().get(0);
        assertEquals("Maths/Sets-basics", quiz.id());
        assertEquals("Sets : basics", quiz.title());
        assertTrue(Files.exists(run.source.resolve("Maths/_section.md")));
        assertEquals("Is 1 = 1 and {a} a *set* # [\u2060[x]]?", dev.mdquiz.generator.internal.text.PlainText.of(
                quiz.questions().get(0).stem()));
        assertEquals("single [x] yes ~ sure / [ ] no\nfill-in 4|four", ImportFixture.answers(quiz));
        assertTrue(run.bank("Maths/Sets-basics.md").contains("<sub>2</sub>"));
    }

    @Test
    void neverOverwritesAndWritesNothingWhenAFileExists() throws Exception {
        Files.createDirectories(root.resolve("src/quiz"));
        Files.writeString(root.resolve("src/quiz/old.md"), "mine");
        ImportFixture run = new ImportFixture(root).run("old.gift", "Q {=a ~b}\n");
        assertTrue(run.result.failed());
        assertEquals("mine", Files.readString(root.resolve("src/quiz/old.md")));
        assertTrue(run.diagnostics().get(0).contains("src/quiz/old.md exists; import never overwrites a file"));
        assertEquals(List.of(), run.result.written());
    }

    @Test
    void categoryNamesCannotLeaveTheSourceFolder() throws Exception {
        ImportFixture run = new ImportFixture(root).run("evil.gift", """
                $CATEGORY: ../../etc/CON

                Q {=a ~b}

                $CATEGORY: /abs/..

                Q2 {=a ~b}

                $CATEGORY: $course$/top/index

                Q3 {=a ~b}
                """);
        assertEquals(List.of(), run.diagnostics());
        for (Path written : run.result.written()) {
            assertTrue(written.startsWith(run.source), written + " is inside the source folder");
        }
        assertEquals(List.of("etc/_section.md", "etc/CON-.md", "abs.md", "index-quiz.md"), run.result.written().stream()
                .map(path -> run.source.relativize(path).toString()).toList());
        assertFalse(Files.exists(root.resolve("etc")));
    }

    @Test
    void aFolderThatIsALinkOutOfTheSourceFolderIsRefused() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.createDirectories(root.resolve("src/quiz"));
        Files.createSymbolicLink(root.resolve("src/quiz/Maths"), outside);
        ImportFixture run = new ImportFixture(root).run("maths.gift", "$CATEGORY: Maths/Sets\n\nQ {=a ~b}\n");
        assertTrue(run.result.failed());
        assertEquals(List.of(
                "maths.gift:1:1: error: would write src/quiz/Maths/Sets.md outside the source folder src/quiz; nothing was written",
                "maths.gift:1:1: error: would write src/quiz/Maths/_section.md outside the source folder src/quiz; nothing was written"),
                run.diagnostics());
        try (var files = Files.list(outside)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aQuestionWithoutTextIsReportedAndLeftOut() throws Exception {
        ImportFixture run = new ImportFixture(root).run("old.gift", "{=a ~b}\n\nQ {=a ~b}\n");
        assertEquals(List.of("old.gift:1:1: warning: question without text not carried over: a question needs text"
                + " to ask"), run.diagnostics());
        assertEquals(1, run.quizzes().get(0).questions().size());
    }

    @Test
    void wildcardsInShortAnswersAreReportedAndAnEscapedStarIsAStar() throws Exception {
        ImportFixture run = new ImportFixture(root).run("old.gift", "Name a star sign: {=a\\\\*b =*ion}\n");
        assertEquals(List.of("old.gift:1:27: warning: accepted answer \"*ion\" dropped: Moodle reads its * as any"
                + " characters, and a blank accepts exact answers only; write the answers it stood for"),
                run.diagnostics());
        assertEquals("fill-in a*b", ImportFixture.answers(run.quizzes().get(0)));
    }

    @Test
    void notUtf8IsAnErrorAtItsLine() throws Exception {
        byte[] bytes = "Q1 {=a ~b}\n\nCaf\u00e9 {=a ~b}\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportFixture run = new ImportFixture(root).run("latin.gift", bytes, java.util.Optional.empty());
        assertEquals(List.of("latin.gift:3:1: error: the file is not UTF-8: save it as UTF-8 and import it again"),
                run.diagnostics());
        assertFalse(Files.exists(run.source));
    }

    @Test
    void notUtf8IsAnErrorAtTheBadBytesLineAfterValidUtf8() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Q1 caf\u00e9 {=a ~b}\n\nQ2 {=a ~b}\n\nQ3 {=".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1's é
        bytes.writeBytes(" ~b}\n".getBytes(StandardCharsets.UTF_8));
        ImportFixture run = new ImportFixture(root).run("mixed.gift", bytes.toByteArray(), java.util.Optional.empty());
        assertEquals(List.of("mixed.gift:5:1: error: the file is not UTF-8: save it as UTF-8 and import it again"),
                run.diagnostics());
    }
}
