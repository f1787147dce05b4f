package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The body keeps every line of the file, the front matter's emptied, so Markdown line numbers stay the file's. */
class FrontMatterSplitTest {
    @Test
    void frontMatterLinesAreEmptiedAndTheRestIsKept() {
        FrontMatter.Split split = split("---\ntitle: Loops\n  \npick: 2\n---  \n**1.** Q\n");
        assertEquals("\n\n\n\n\n**1.** Q\n", split.body());
        assertEquals(Map.of("title", "Loops", "pick", 2), split.values());
        assertEquals(Map.of("title", new SourcePosition(2, 1), "pick", new SourcePosition(4, 1)), split.keyPositions());
    }

    @Test
    void dotsCloseTooAndTheClosingLineMayBeTheLast() {
        assertEquals("\n\n", split("---\ntitle: x\n...").body());
        assertEquals("\n\n\n", split("--- \ntitle: x\n---\n").body());
    }

    @Test
    void aBankWithoutFrontMatterIsPassedOnAsItIs() {
        String text = "**1.** Q\n---\ntitle: x\n---\n";
        assertSame(text, split(text).body());
        assertSame("", split("").body());
    }

    @Test
    void unclosedFrontMatterEmptiesOnlyTheOpeningLine() {
        Report report = new Report("b.md");
        FrontMatter.Split split = FrontMatter.split("---\ntitle: x\n**1.** Q", report);
        assertEquals("\ntitle: x\n**1.** Q", split.body());
        assertEquals(Map.of(), split.values());
        assertEquals(List.of("b.md:1:1: error: front matter is not closed: end it with a line holding only ---"),
                report.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals("", FrontMatter.split("---", new Report("b.md")).body());
    }

    private static FrontMatter.Split split(String text) {
        Report report = new Report("b.md");
        FrontMatter.Split split = FrontMatter.split(text, report);
        assertEquals(List.of(), report.diagnostics());
        return split;
    }
}
