package dev.mdquiz.generator.internal.render;

import java.util.Set;

/**
 * Shrinks the theme's inline script and style, which every page carries: drops comments and white space that
 * means nothing. String, template and regular-expression literals are copied as they are, and line breaks are
 * kept (one per run), so that automatic semicolon insertion reads the script as before. Identifiers are never
 * renamed. Template literals must not nest other template literals.
 */
final class Compactor {
    /** After these, a slash starts a regular expression rather than a division. */
    private static final String BEFORE_REGEX = "(,=:[!&|?{};+-*%<>~^\n";
    private static final Set<String> KEYWORDS_BEFORE_REGEX = Set.of("return", "typeof", "case", "do", "else", "in",
            "of", "new", "delete", "void", "throw", "instanceof", "yield", "await");

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private int position;

    private Compactor(String source) {
        this.source = source;
    }

    static String script(String source) {
        return new Compactor(source).compactScript();
    }

    /** Style sheets lose comments, indentation and empty lines; nothing inside a line changes. */
    static String style(String source) {
        String withoutComments = source.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder();
        for (String line : withoutComments.split("\n")) {
            if (!line.isBlank()) {
                out.append(line.strip()).append('\n');
            }
        }
        return out.toString();
    }

    private String compactScript() {
        char pendingSpace = 0;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (source.startsWith("//", position)) {
                int end = source.indexOf('\n', position);
                position = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", position)) {
                int end = source.indexOf("*/", position + 2);
                pendingSpace = strongest(pendingSpace, source.substring(position, end).indexOf('\n') >= 0 ? '\n' : ' ');
                position = end + 2;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = strongest(pendingSpace, c == '\n' ? '\n' : ' ');
                position++;
            } else {
                String token = token(c);
                separate(pendingSpace, token.charAt(0));
                pendingSpace = 0;
                out.append(token);
            }
        }
        return out.append('\n').toString();
    }

    private static char strongest(char pending, char next) {
        return pending == '\n' || next == '\n' ? '\n' : ' ';
    }

    /** Writes the white space that must stay between the output so far and a token starting with {@code next}. */
    private void separate(char pendingSpace, char next) {
        if (pendingSpace == 0 || out.isEmpty()) {
            return;
        }
        char previous = out.charAt(out.length() - 1);
        if (pendingSpace == '\n' && previous != '\n') {
            out.append('\n');
        } else if (pendingSpace == ' ' && (isWordChar(previous) && isWordChar(next)
                || previous == next && "+-/".indexOf(next) >= 0)) {
            out.append(' ');
        }
    }

    private String token(char c) {
        int start = position;
        if (c == '\'' || c == '"' || c == '`') {
            position = endOfQuoted(position + 1, c);
        } else if (c == '/' && regexMayStart()) {
            position = endOfRegex(position + 1);
        } else if (isWordChar(c)) {
            while (position < source.length() && isWordChar(source.charAt(position))) {
                position++;
            }
        } else {
            position++;
        }
        return source.substring(start, position);
    }

    private int endOfQuoted(int from, char quote) {
        int i = from;
        while (source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private int endOfRegex(int from) {
        int i = from;
        boolean inClass = false;
        while (inClass || source.charAt(i) != '/') {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            i++;
        }
        i++;
        while (i < source.length() && Character.isLetter(source.charAt(i))) {
            i++; // flags
        }
        return i;
    }

    private boolean regexMayStart() {
        if (out.isEmpty()) {
            return true;
        }
        char previous = out.charAt(out.length() - 1);
        if (BEFORE_REGEX.indexOf(previous) >= 0) {
            return true;
        }
        int wordStart = out.length();
        while (wordStart > 0 && isWordChar(out.charAt(wordStart - 1))) {
            wordStart--;
        }
        return KEYWORDS_BEFORE_REGEX.contains(out.substring(wordStart));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }
}
