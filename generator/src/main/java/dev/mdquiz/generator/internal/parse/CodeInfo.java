package dev.mdquiz.generator.internal.parse;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A fenced code block's info string read as mdquiz reads it: a language word, then words that make the block part of
 * a question: {@code blanks} (it holds {@code [[...]]} blanks) or {@code order} (its lines are items to order).
 */
public final class CodeInfo {
    public static final String BLANKS = "blanks";
    public static final String ORDER = "order";
    private static final List<String> FLAGS = List.of(BLANKS, ORDER);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CodeInfo() {
    }

    /** Whether the node is a fenced code block whose info string carries {@code flag}. */
    public static boolean has(Node node, String flag) {
        return node instanceof FencedCodeBlock code && words(code).contains(flag);
    }

    /** The language word, or empty when the info string has none (or starts with a flag). */
    public static String language(FencedCodeBlock code) {
        List<String> words = words(code);
        return words.isEmpty() || FLAGS.contains(words.get(0)) ? "" : words.get(0);
    }

    private static List<String> words(FencedCodeBlock code) {
        String info = code.getInfo() == null ? "" : code.getInfo().strip();
        return info.isEmpty() ? List.of() : Arrays.asList(SPACES.split(info));
    }
}
