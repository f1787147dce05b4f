package dev.mdquiz.generator.internal.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build-time syntax highlighting for code blocks, so pages need no highlighter script: comments, strings,
 * numbers and keywords of common teaching languages become {@code <span class="tok-...">}. Deliberately
 * small; unknown languages are left plain.
 */
final class CodeHighlighter {
    private record Grammar(Pattern tokens, Set<String> keywords, boolean caseInsensitive) {
    }

    private static final String NUMBER = "\\b(?:0[xX][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\b";
    private static final String DOUBLE_QUOTED = "\"(?:\\\\.|[^\"\\\\\\n])*\"";
    private static final String SINGLE_QUOTED = "'(?:\\\\.|[^'\\\\\\n])*'";
    private static final Map<String, Grammar> GRAMMARS = new HashMap<>();

    static {
        Grammar cLike = grammar("//[^\\n]*|/\\*[\\s\\S]*?\\*/", DOUBLE_QUOTED + "|" + SINGLE_QUOTED + "|`(?:\\\\.|[^`\\\\])*`", false,
                "abstract break case catch class const continue default do else enum export extends final finally for"
                        + " fn func function if implements import in instanceof interface let match mod new package private"
                        + " protected pub public return static struct super switch this throw throws try type typeof val"
                        + " var void while yield async await def true false null nil None undefined int long double float"
                        + " boolean bool char string String");
        for (String name : new String[] {"java", "javascript", "js", "typescript", "ts", "c", "cpp", "c++", "csharp", "cs",
                "go", "rust", "rs", "kotlin", "kt", "swift", "scala", "php", "dart"}) {
            GRAMMARS.put(name, cLike);
        }
        Grammar python = grammar("#[^\\n]*", "\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|" + DOUBLE_QUOTED + "|" + SINGLE_QUOTED, false,
                "and as assert async await break class continue def del elif else except False finally for from global if"
                        + " import in is lambda None nonlocal not or pass raise return True try while with yield print self"
                        + " begin end module require unless until puts nil");
        for (String name : new String[] {"python", "py", "ruby", "rb"}) {
            GRAMMARS.put(name, python);
        }
        Grammar shell = grammar("(?<![\\w$])#[^\\n]*", DOUBLE_QUOTED + "|" + SINGLE_QUOTED, false,
                "if then else elif fi for while until do done case esac function in return export local echo cd exit");
        for (String name : new String[] {"bash", "sh", "shell", "zsh", "console"}) {
            GRAMMARS.put(name, shell);
        }
        GRAMMARS.put("sql", grammar("--[^\\n]*|/\\*[\\s\\S]*?\\*/", SINGLE_QUOTED + "|" + DOUBLE_QUOTED, true,
                "select from where insert into values update set delete create table drop alter add join left right inner"
                        + " outer on group by order having limit offset as and or not null is in like primary key foreign"
                        + " references index distinct count sum avg min max union all begin commit rollback"));
        GRAMMARS.put("json", grammar("(?!)", DOUBLE_QUOTED, false, "true false null"));
        Grammar yaml = grammar("(?<!\\S)#[^\\n]*", DOUBLE_QUOTED + "|" + SINGLE_QUOTED, false, "true false null yes no");
        GRAMMARS.put("yaml", yaml);
        GRAMMARS.put("yml", yaml);
    }

    private CodeHighlighter() {
    }

    private static Grammar grammar(String comment, String string, boolean caseInsensitive, String keywords) {
        Pattern tokens = Pattern.compile("(?<c>" + comment + ")|(?<s>" + string + ")|(?<n>" + NUMBER + ")|(?<w>[A-Za-z_$][\\w$]*)");
        Set<String> words = Set.of((caseInsensitive ? keywords.toLowerCase(Locale.ROOT) : keywords).split(" "));
        return new Grammar(tokens, words, caseInsensitive);
    }

    static boolean supports(String language) {
        return GRAMMARS.containsKey(language.toLowerCase(Locale.ROOT));
    }

    /** The code as escaped HTML with token spans; plain escaped HTML for unknown languages. */
    static String highlight(String code, String language) {
        Grammar grammar = GRAMMARS.get(language.toLowerCase(Locale.ROOT));
        if (grammar == null) {
            return escape(code);
        }
        StringBuilder out = new StringBuilder(code.length() + 64);
        Matcher matcher = grammar.tokens().matcher(code);
        int last = 0;
        while (matcher.find()) {
            String kind = kind(matcher, grammar);
            if (kind == null) {
                continue;
            }
            out.append(escape(code.substring(last, matcher.start())))
                    .append("<span class=\"tok-").append(kind).append("\">")
                    .append(escape(matcher.group())).append("</span>");
            last = matcher.end();
        }
        return out.append(escape(code.substring(last))).toString();
    }

    private static String kind(Matcher matcher, Grammar grammar) {
        if (matcher.group("c") != null) {
            return "c";
        }
        if (matcher.group("s") != null) {
            return "s";
        }
        if (matcher.group("n") != null) {
            return "n";
        }
        String word = grammar.caseInsensitive() ? matcher.group("w").toLowerCase(Locale.ROOT) : matcher.group("w");
        return grammar.keywords().contains(word) ? "k" : null;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
