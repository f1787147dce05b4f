package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.internal.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MojibakeTest {
    @Test
    void eachLineWithMangledTextIsReportedOnceAtItsLineAndColumn() {
        String text = "plain line\n"
                + "Itâ€™s Ã©tÃ© and â€œmoreâ€\u009d\n"
                + "\n"
                + "   cafÃ©\n"
                + "last line: Ã©";
        assertEquals(List.of(
                "b.md:2:3: warning: 'Itâ€™s' looks like UTF-8 text decoded as Windows-1252; did you mean 'It’s'?"
                        + " Fix the file's encoding",
                "b.md:4:7: warning: 'cafÃ©' looks like UTF-8 text decoded as Windows-1252; did you mean 'café'?"
                        + " Fix the file's encoding",
                "b.md:5:12: warning: 'Ã©' looks like UTF-8 text decoded as Windows-1252; did you mean 'é'?"
                        + " Fix the file's encoding"), check(text));
    }

    @Test
    void aRunThatIsNotMangledUtf8DoesNotHideALaterOneOnItsLine() {
        // "Â€" re-encodes to C2 80, a control character but valid UTF-8; "Ã(" is no run at all
        assertEquals(List.of("b.md:1:9: warning: 'Ã©' looks like UTF-8 text decoded as Windows-1252; did you mean"
                + " 'é'? Fix the file's encoding"), check("ðŸ x Ã( Ã©"));
    }

    @Test
    void textWithoutSuspectCharactersHasNoWarning() {
        assertEquals(List.of(), check("über café — “quoted” ’\n\nÃ\n"));
    }

    private static List<String> check(String text) {
        Report report = new Report("b.md");
        Mojibake.check(text, report);
        return report.diagnostics().stream().map(Diagnostic::toString).toList();
    }
}
