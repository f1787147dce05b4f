package dev.mdquiz.bench.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Course-like filler text from a fixed vocabulary, driven by the caller's seeded {@link Random}. */
final class Words {
    private static final String[] VOCABULARY = ("request response cache index server client thread queue lock "
            + "buffer stream socket packet router header cookie session token schema table column row query "
            + "transaction commit rollback replica shard leader follower quorum latency throughput backlog "
            + "timeout retry circuit breaker gateway proxy balancer container image volume cluster node pod "
            + "service endpoint resource handler filter mapper reducer pipeline stage batch window watermark "
            + "checkpoint snapshot journal segment compaction bloom filter hash tree heap stack frame pointer "
            + "register branch merge rebase tag release artifact build test coverage fixture mock stub spy "
            + "contract version header payload signature certificate cipher nonce salt digest key secret "
            + "policy role grant audit metric trace span log alert dashboard budget quota limit burst rate "
            + "scheduler worker executor future promise callback event listener channel topic partition "
            + "offset consumer producer broker schema registry codec frame chunk page block sector inode")
            .split(" ");
    private static final String[] VERBS = ("reads writes drops retries caches flushes splits merges blocks "
            + "forwards rejects signs verifies compresses encodes decodes routes stores evicts replays").split(" ");

    private final Random random;

    Words(Random random) {
        this.random = random;
    }

    String word() {
        return VOCABULARY[random.nextInt(VOCABULARY.length)];
    }

    String verb() {
        return VERBS[random.nextInt(VERBS.length)];
    }

    /** A sentence of roughly {@code length} words, capitalised, without final punctuation. */
    String sentence(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(i % 4 == 2 ? verb() : word());
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** {@code count} different short phrases: options, items and pairs must not repeat within a question. */
    List<String> distinctPhrases(int count, int length) {
        Set<String> seen = new HashSet<>();
        List<String> phrases = new ArrayList<>();
        while (phrases.size() < count) {
            String phrase = sentence(length);
            if (seen.add(phrase.toLowerCase())) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    String identifier() {
        String second = word();
        return word() + Character.toUpperCase(second.charAt(0)) + second.substring(1);
    }
}
