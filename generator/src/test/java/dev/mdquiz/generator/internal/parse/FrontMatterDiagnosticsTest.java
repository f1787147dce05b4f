package dev.mdquiz.generator.internal.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front matter mistakes a new author makes, each reported where it is, with what to do about it. */
class FrontMatterDiagnosticsTest {
    private static final String QUESTION = "**1.** Q?\n\n- [x] a\n- [ ] b\n";

    private static List<String> messages(String frontMatter) {
        return Banks.parse("b", "---\n" + frontMatter + "---\n" + QUESTION).messages();
    }

    @Test
    void swappedLettersGetASuggestion() {
        assertEquals(List.of("b.md:2:1: warning: unknown front matter key 'titel'; did you mean 'title'?",
                        "b.md:3:1: warning: unknown front matter key 'shuffel'; did you mean 'shuffle'?",
                        "b.md:4:1: warning: unknown front matter key 'pas'; did you mean 'pass'?",
                        "b.md:5:1: warning: unknown front matter key 'oredr'; did you mean 'order'?"),
                messages("titel: Geography\nshuffel: answers\npas: 70%\noredr: 2\n"));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        assertEquals(List.of("b.md:2:8: error: invalid front matter: the quote (\") is not closed: close the quote at"
                        + " the end of the value"),
                messages("title: \"Unclosed\npass: 70%\n"));
        assertEquals(List.of("b.md:3:14: error: invalid front matter: the quote (') is not closed: close the quote at"
                        + " the end of the value"),
                messages("pass: 70%\ndescription: 'Unclosed\n"));
    }

    /** The quote takes in the lines after it up to the next quote, where YAML alone would first complain. */
    @Test
    void anUnclosedQuoteBeforeAnotherQuotedValueIsReportedWhereItOpens() {
        assertEquals(List.of("b.md:2:8: error: invalid front matter: the quote (\") is not closed: close the quote at"
                        + " the end of the value"),
                messages("title: \"Unclosed\nlang: \"de\"\n"));
    }

    @Test
    void anUnclosedBracketIsReportedWhereItOpens() {
        assertEquals(List.of("b.md:3:7: error: invalid front matter: the [ is not closed: close it with ], or put the"
                        + " value in quotes if the [ is text"),
                messages("title: T\nlang: [en\n"));
    }

    @Test
    void keysThatParseAreCheckedAfterAYamlError() {
        assertEquals(List.of("b.md:2:8: error: invalid front matter: the quote (\") is not closed: close the quote at"
                        + " the end of the value",
                        "b.md:3:1: error: pass must be a percentage from 0 to 100 such as 70%, not 'seventy'",
                        "b.md:4:1: warning: unknown front matter key 'shufle'; did you mean 'shuffle'?"),
                messages("title: \"Unclosed\npass: seventy\nshufle: answers\n"));
        assertEquals(List.of("b.md:2:1: error: pass must be a percentage from 0 to 100 such as 70%, not 'seventy'",
                        "b.md:3:11: error: invalid front matter: mapping values are not allowed here",
                        "b.md:4:1: error: feedback must be immediate or on-submit, not 'later'"),
                messages("pass: seventy\ntitle: Git: basics\nfeedback: later\n"));
    }

    @Test
    void anIndentedLineBelongsToTheKeyAboveIt() {
        assertEquals(List.of("b.md:2:14: error: invalid front matter: the quote (\") is not closed: close the quote at"
                        + " the end of the value",
                        "b.md:4:1: error: reveal must be true, false or on-correct, not 'maybe'"),
                messages("description: \"A long\n  text\nreveal: maybe\n"));
    }

    @Test
    void anErrorNoSingleKeyHasIsReportedForTheWholeFrontMatter() {
        assertEquals(List.of("b.md:3:1: error: invalid front matter: found duplicate key title",
                        "b.md:4:1: error: pick must be a whole number of questions, 1 or more, not '0'"),
                messages("title: T\ntitle: U\npick: 0\n"));
    }

    @Test
    void aValidMultiLineValueIsNotSplit() {
        assertEquals(List.of(), messages("description: \"A long\ncontinued text\"\ntags: [a,\nb]\npass: 70\n")
                .stream().filter(m -> !m.contains("unknown front matter key 'tags'")).toList());
    }
}
