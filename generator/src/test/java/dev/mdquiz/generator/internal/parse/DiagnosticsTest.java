package dev.mdquiz.generator.internal.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One test per diagnostic, with the exact line and column. */
class DiagnosticsTest {

    @Test
    void questionWithoutOptions() {
        assertEquals(List.of("b.md:3:1: error: question 1 has no options and no blank: add a task list (- [x] right, - [ ] wrong), a [[blank]], a numbered list to order or a list of 'left -> right' pairs"),
                Banks.parse("b", "# T\n\n**1.** What is it?\n\nNo list here.\n").messages());
    }

    @Test
    void optionFeedbackAtColumnZeroIsReportedWhereItStandsNotAsASecondList() {
        assertEquals(List.of("b.md:4:1: error: option feedback must be indented under its option: write it two spaces"
                        + " in, as '  > Right: they turn it into sugar.' right under the option's line; at the start of"
                        + " the line it ends the options list"),
                Banks.parse("b", "**1.** Which gas do plants take in?\n\n- [x] Carbon dioxide\n"
                        + "> Right: they turn it into sugar.\n- [ ] Oxygen\n").messages());
    }

    @Test
    void aBlankInAnImageDescriptionOrALinkTextIsAnError() {
        assertEquals(List.of("b.md:1:24: error: a blank cannot stand in an image's description: move [[Zanzibar]] out"
                        + " of it",
                        "b.md:3:19: error: a blank cannot stand in a link's text: move [[Paris]] out of it"),
                Banks.parse("b", "**1.** Where? ![map of [[Zanzibar]]](a.png) [[x]]\n\n"
                        + "**2.** Go to [the [[Paris]] page](https://example.org) or [[y]].\n").messages());
    }

    @Test
    void anUnclosedBlankIsNamedAsTheLikelierMistake() {
        assertEquals(List.of("b.md:1:1: error: question 1 has no options and no blank: add a task list (- [x] right,"
                        + " - [ ] wrong), a [[blank]], a numbered list to order or a list of 'left -> right' pairs; its"
                        + " '[[' opens a blank that is never closed: end it with ]], as in [[Paris]]"),
                Banks.parse("b", "**1.** The capital of France is [[Paris.\n").messages());
    }

    @Test
    void aHintAfterTheOptionsIsAWarningAtItsLine() {
        assertEquals(List.of("b.md:6:1: warning: this hint stands after the answer, so it becomes part of the"
                        + " explanation, shown only after checking; hints go above the options"),
                Banks.parse("b", "**1.** Which planet is largest?\n\n- [x] Jupiter\n- [ ] Mars\n\n"
                        + "> Hint: it is named after a god.\n").messages());
    }

    @Test
    void rangeBeyondWhatABrowsersNumbersHold() {
        assertEquals(List.of("b.md:1:13: error: question 1: the range 12345678901234567.5..12345678901234568.5 needs"
                        + " more precision than a browser's numbers have (15 significant digits): use fewer digits, or"
                        + " an exact answer such as [[=12345678901234567.5]]",
                        "b.md:3:16: error: question 2: the range 9007199254740993..9007199254740999 needs"
                        + " more precision than a browser's numbers have (15 significant digits): use fewer digits, or"
                        + " an exact answer such as [[=9007199254740993]]"),
                Banks.parse("b", "**1.** Big: [[=12345678901234567.5..12345678901234568.5]]\n\n"
                        + "**2.** Bigger: [[=9007199254740993..9007199254740999]]\n\n"
                        + "**3.** Fine: [[=3.1..3.2]] and [[=123456789012345678901234567890]]\n").messages());
    }

    @Test
    void questionWithoutCorrectOption() {
        assertEquals(List.of("b.md:3:1: error: question 1 has no correct option: mark at least one with [x]"),
                Banks.parse("b", "**1.** Q?\n\n- [ ] a\n- [ ] b\n").messages());
    }

    @Test
    void emptyOption() {
        assertEquals(List.of("b.md:4:1: error: empty option in question 1", "b.md:5:1: error: empty option in question 1"),
                Banks.parse("b", "**1.** Q?\n\n- [x] a\n- [ ]\n- []   \n- [ ] c\n").messages());
    }

    @Test
    void questionWithoutText() {
        assertEquals(List.of("b.md:1:1: error: question 1 has no question text"),
                Banks.parse("b", "**1.**\n\n- [x] a\n- [ ] b\n").messages());
    }

    @Test
    void bankWithoutQuestions() {
        assertEquals(List.of("b.md:1:1: error: no questions found: start each question with a bold number such as"
                        + " **1.** (or, in a bank without bold numbers, a ## heading)"),
                Banks.parse("b", "Just some notes.\n").messages());
    }

    @Test
    void optionWithoutMarkerInATaskList() {
        assertEquals(List.of("b.md:4:1: error: option has no [x] or [ ] marker; mark correct options with [x]"
                        + " and wrong ones with [ ]"),
                Banks.parse("b", "**1.** Q?\n\n- [x] a\n- b\n").messages());
    }

    @Test
    void unclosedFrontMatter() {
        List<String> messages = Banks.parse("b", "---\ntitle: T\n\n**1.** Q?\n\n- [x] a\n- [ ] b\n").messages();
        assertEquals("b.md:1:1: error: front matter is not closed: end it with a line holding only ---", messages.get(0));
    }

    @Test
    void yamlErrorIsMappedToTheFileLine() {
        List<String> messages = Banks.parse("b", "---\ntitle: T\nlang: [en\n---\n**1.** Q?\n\n- [x] a\n- [ ] b\n").messages();
        assertEquals(1, messages.size(), messages.toString());
        assertEquals(true, messages.get(0).startsWith("b.md:3:7: error: invalid front matter: "), messages.get(0));
    }

    @Test
    void frontMatterThatIsNotAMapping() {
        assertEquals(List.of("b.md:2:1: error: front matter must be a list of key: value lines"),
                Banks.parse("b", "---\n- a\n- b\n---\n**1.** Q?\n\n- [x] a\n- [ ] b\n").messages());
    }

    @Test
    void everyProblemOfABankIsReportedAtOnce() {
        String bank = "**1.** Q?\n\n- [ ] a\n- [ ] b\n\n**2.** R?\n\n**3.**\n\n- [x] c\n- [ ] d\n";
        assertEquals(List.of(
                "b.md:3:1: error: question 1 has no correct option: mark at least one with [x]",
                "b.md:6:1: error: question 2 has no options and no blank: add a task list (- [x] right, - [ ] wrong), a [[blank]], a numbered list to order or a list of 'left -> right' pairs",
                "b.md:8:1: error: question 3 has no question text"), Banks.parse("b", bank).messages());
    }

    @Test
    void emptyBlank() {
        assertEquals(List.of("b.md:1:17: error: empty blank: write the accepted answer inside [[ ]]"),
                Banks.parse("b", "**1.** Capital: [[ ]]\n").messages());
    }

    @Test
    void negativeToleranceAndBackwardRange() {
        assertEquals(List.of("b.md:1:10: error: tolerance in '=3±-1' must not be negative",
                        "b.md:1:24: error: range in '=5..1' ends below its start"),
                Banks.parse("b", "**1.** A [[=3±-1]] and [[=5..1]]\n").messages());
    }

    @Test
    void invalidSettingValuesAreErrorsAtTheirKey() {
        assertEquals(List.of("b.md:2:1: error: pass must be a percentage from 0 to 100 such as 70%, not '170%'",
                        "b.md:3:1: error: pick must be a whole number of questions, 1 or more, not '0'",
                        "b.md:4:1: error: reveal must be true, false or on-correct, not 'maybe'",
                        "b.md:5:1: error: shuffle must be answers, questions, both or none, not 'sometimes'"),
                Banks.parse("b", "---\npass: 170%\npick: 0\nreveal: maybe\nshuffle: sometimes\n---\n**1.** Q?\n\n- [x] a\n- [ ] b\n")
                        .messages());
    }
}
