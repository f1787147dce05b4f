package dev.mdquiz.generator.internal.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compacting never changes what a script means: literals stay, line breaks stay, words stay apart. */
class CompactorTest {
    @Test
    void commentsAndIndentationGo() {
        assertEquals("var a=1;\nvar b=2;\n", Compactor.script("""
                /* a header
                   over two lines */
                var a = 1; // one
                    var b  =  2;
                """));
    }

    @Test
    void literalsStayAsTheyAre() {
        String literals = "var s='http://x // not a comment',t=\"/* nor this */\",u=`a  b`,r=/[/'\"]+ x/g;\n";
        assertEquals(literals, Compactor.script(literals.replace(",", " , ").replace("=", " = ")));
    }

    @Test
    void aSlashAfterAValueDividesAndAfterAnOperatorOrReturnStartsAPattern() {
        assertEquals("x=a/b/c;\ny=(/ x /).test(z);\nreturn/x/i.test(z);\n",
                Compactor.script("x = a / b / c;\ny = ( / x / ).test(z);\nreturn /x/i.test(z);\n"));
    }

    @Test
    void lineBreaksStayForAutomaticSemicolons() {
        assertEquals("a=b\n(c)\n", Compactor.script("a = b\n\n   (c)"));
    }

    @Test
    void wordsAndSignsThatWouldMergeStayApart() {
        assertEquals("var x=typeof y;\nz=a+ +b-(-c)- -d;\n",
                Compactor.script("var x = typeof y;\nz = a + +b - (-c) - -d;\n"));
    }

    @Test
    void styleSheetsLoseCommentsIndentationAndEmptyLines() {
        assertEquals(".a {\ncolor: red;\n}\n", Compactor.style("/* theme */\n.a {\n    color: red;\n\n}\n"));
    }
}
