package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.model.MathNode;
import dev.mdquiz.generator.model.SourcePosition;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code $...$} inline and {@code $$...$$} display math, by Pandoc's rules for dollars, so that prices stay text:
 * an opening {@code $} needs a non-space character right after it; a closing {@code $} needs a non-space character
 * right before it and no digit right after it, and the first {@code $} after an opening one that could close it
 * decides (a space before it or a digit after it leaves the opening {@code $} as text). Inside math a backslash
 * takes the next character with it, so {@code \$} never closes; outside, {@code \$} is commonmark's escaped dollar.
 * Display math may run over several lines of a paragraph. Code spans and code blocks are never searched (commonmark
 * hands only inline content to inline parsers, and a code span that starts first wins).
 */
final class MathSyntax implements InlineContentParserFactory {
    private static final Set<Character> DOLLAR = Set.of('$');

    @Override
    public Set<Character> getTriggerCharacters() {
        return DOLLAR; // asked for every paragraph
    }

    @Override
    public InlineContentParser create() {
        return MathSyntax::parse;
    }

    private static ParsedInline parse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position opening = scanner.position();
        scanner.next(); // the dollar that triggered
        boolean display = scanner.next('$');
        Position contentStart = scanner.position();
        if (!display && isSpace(scanner.peek())) {
            return ParsedInline.none();
        }
        char previous = 0;
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\\') {
                scanner.next();
                if (scanner.hasNext()) {
                    scanner.next();
                }
                previous = '\\';
                continue;
            }
            if (c == '$') {
                Position contentEnd = scanner.position();
                scanner.next();
                if (display) {
                    if (scanner.next('$')) {
                        return formula(scanner, opening, contentStart, contentEnd, true);
                    }
                    previous = '$';
                    continue;
                }
                if (previous == 0 || isSpace(previous) || isAsciiDigit(scanner.peek())) {
                    return ParsedInline.none();
                }
                return formula(scanner, opening, contentStart, contentEnd, false);
            }
            previous = c;
            scanner.next();
        }
        return ParsedInline.none();
    }

    private static ParsedInline formula(Scanner scanner, Position opening, Position from, Position to,
                                        boolean display) {
        SourceLines source = scanner.getSource(from, to);
        String tex = source.getContent();
        if (tex.isBlank()) {
            return ParsedInline.none();
        }
        SourcePosition start = position(scanner.getSource(opening, from));
        SourcePosition afterDollars = new SourcePosition(start.line(), start.column() + (display ? 2 : 1));
        return ParsedInline.of(new MathNode(tex, display, start, lineStarts(source, afterDollars)), scanner.position());
    }

    private static SourcePosition position(SourceLines source) {
        List<SourceSpan> spans = source.getSourceSpans();
        return spans.isEmpty() ? SourcePosition.START
                : new SourcePosition(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }

    /** Where each line of the TeX starts in the bank; an empty line (no span) follows the one before. */
    private static List<SourcePosition> lineStarts(SourceLines source, SourcePosition first) {
        List<SourcePosition> starts = new ArrayList<>();
        for (SourceLine line : source.getLines()) {
            SourceSpan span = line.getSourceSpan();
            if (span != null) {
                starts.add(new SourcePosition(span.getLineIndex() + 1, span.getColumnIndex() + 1));
            } else {
                starts.add(starts.isEmpty() ? first : new SourcePosition(starts.get(starts.size() - 1).line() + 1, 1));
            }
        }
        return starts;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == Scanner.END;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
