package dev.mdquiz.bench.corpus;

import dev.mdquiz.bench.corpus.SyntheticQuestion.Choice;
import dev.mdquiz.bench.corpus.SyntheticQuestion.FillIn;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Matching;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Option;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Ordering;
import dev.mdquiz.bench.corpus.SyntheticQuestion.Prompt;

import java.util.List;

/** Writes questions as an mdquiz bank (docs/format.md): bold numbers, task lists, blanks, front matter. */
public final class MdquizBank {
    private MdquizBank() {
    }

    public static String write(String title, String description, List<SyntheticQuestion> questions) {
        StringBuilder out = new StringBuilder();
        // plain YAML scalars: the filler text has no quotes, colons or '#'
        out.append("---\ntitle: ").append(title).append('\n');
        if (description != null) {
            out.append("description: ").append(description).append('\n');
        }
        out.append("---\n\n");
        for (int i = 0; i < questions.size(); i++) {
            question(out, i + 1, questions.get(i));
        }
        return out.toString();
    }

    private static void question(StringBuilder out, int number, SyntheticQuestion question) {
        prompt(out, number, question.prompt());
        if (question instanceof Choice choice) {
            for (Option option : choice.options()) {
                out.append(option.correct() ? "- [x] " : "- [ ] ").append(option.text()).append('\n');
                if (option.feedback() != null) {
                    out.append("  > ").append(option.feedback()).append('\n');
                }
            }
        } else if (question instanceof FillIn fillIn) {
            out.append(fillIn.lead()).append(" [[").append(fillIn.blank()).append("]].\n");
        } else if (question instanceof Ordering ordering) {
            for (int i = 0; i < ordering.items().size(); i++) {
                out.append(i + 1).append(". ").append(ordering.items().get(i)).append('\n');
            }
        } else if (question instanceof Matching matching) {
            for (int i = 0; i < matching.lefts().size(); i++) {
                out.append("- ").append(matching.lefts().get(i)).append(" -> ").append(matching.rights().get(i)).append('\n');
            }
        }
        out.append('\n');
        if (question.explanation() != null) {
            out.append(question.explanation()).append("\n\n");
        }
    }

    private static void prompt(StringBuilder out, int number, Prompt prompt) {
        out.append("**").append(number).append(".** ").append(prompt.text()).append("\n\n");
        if (prompt.image() != null) {
            out.append("![diagram](").append(prompt.image()).append(")\n\n");
        }
        if (prompt.code() != null) {
            out.append("```java\n").append(prompt.code()).append("\n```\n\n");
        }
        if (prompt.hint() != null) {
            out.append("> Hint: ").append(prompt.hint()).append("\n\n");
        }
    }
}
