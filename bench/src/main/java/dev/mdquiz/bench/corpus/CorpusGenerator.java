package dev.mdquiz.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic course: banks in unit folders of {@value #BANKS_PER_UNIT}, each unit with its
 * {@code img/} diagrams beside the banks. Each bank draws from its own seed, derived from the corpus seed
 * and the bank's number, so a corpus of N banks is a prefix of every larger one: the sizes differ only in size.
 */
public final class CorpusGenerator {
    static final int BANKS_PER_UNIT = 50;

    private final long seed;
    private final int questionsPerBank;

    public CorpusGenerator(long seed, int questionsPerBank) {
        this.seed = seed;
        this.questionsPerBank = questionsPerBank;
    }

    /** Writes {@code banks} banks under {@code directory}, which must not hold banks already. */
    public Corpus write(Path directory, int banks) {
        long bytes = 0;
        try {
            for (int bank = 0; bank < banks; bank++) {
                Path unit = directory.resolve(String.format("unit-%03d", bank / BANKS_PER_UNIT + 1));
                if (bank % BANKS_PER_UNIT == 0) {
                    DiagramImages.write(unit.resolve("img"), QuestionFactory.DIAGRAMS);
                }
                byte[] text = bank(bank).getBytes(StandardCharsets.UTF_8);
                Files.write(unit.resolve(String.format("bank-%05d.md", bank + 1)), text);
                bytes += text.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(directory, banks, banks * questionsPerBank, bytes);
    }

    /** The Markdown of bank number {@code bank} (0-based). */
    public String bank(int bank) {
        QuestionFactory factory = new QuestionFactory(new Random(seed * 1_000_003L + bank));
        List<SyntheticQuestion> questions = new ArrayList<>();
        for (int i = 0; i < questionsPerBank; i++) {
            questions.add(factory.any());
        }
        String title = String.format("Bank %05d %s", bank + 1, factory.title());
        return MdquizBank.write(title, factory.title() + ".", questions);
    }

    /** The 10-question quiz of the page comparison, built only from questions quizdown can express too. */
    public List<SyntheticQuestion> portableQuiz(int questions) {
        QuestionFactory factory = new QuestionFactory(new Random(seed));
        List<SyntheticQuestion> quiz = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            quiz.add(factory.portable(i));
        }
        return quiz;
    }
}
