package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.internal.key.ResponsePart.Accepted;
import dev.mdquiz.generator.internal.key.ResponsePart.Kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a question's plan and key material into its {@code data-keys} entries and lock. The first 16 bytes of an
 * accepted value's material are its key; the last 16, never published, are the part's share of the lock. A blank
 * accepts several values but has one share, so each of its entries carries a wrap: the share XOR the value's
 * second half. Blanks are padded with decoy entries, so that the count says little about the variants. The right
 * options of a multiple select have a key each, for partial credit, and no share: only the whole choice opens a lock.
 */
final class KeyEntries {
    private static final int HALF = 16;
    private static final int MIN_BLANK_ENTRIES = 4;

    private final Function<Derivation, byte[]> derive;

    /** @param derive the derivation's output; stretched ones come from the cache stage */
    KeyEntries(Function<Derivation, byte[]> derive) {
        this.derive = derive;
    }

    QuestionKey build(ResponsePlan plan, List<String> ids, List<String> rightIds, boolean locked) {
        List<String> entries = new ArrayList<>();
        Map<String, byte[]> shares = new LinkedHashMap<>();
        for (ResponsePart part : plan.parts()) {
            switch (part.kind()) {
                case BLANK -> {
                    List<byte[]> materials = part.accepted().stream().map(a -> material(plan, part, a)).toList();
                    byte[] share = Arrays.copyOf(hidden("share", materials.get(0), 0), HALF);
                    entries.addAll(blankEntries(part, materials, share, locked));
                    shares.put(part.name(), share);
                }
                case WHOLE -> {
                    byte[] material = material(plan, part, part.accepted().get(0));
                    entries.add(Sha256.HEX.formatHex(material, 0, HALF));
                    shares.put(part.name(), Arrays.copyOfRange(material, HALF, 2 * HALF));
                }
                case PICK -> part.accepted().forEach(accepted ->
                        entries.add(Sha256.HEX.formatHex(material(plan, part, accepted), 0, HALF)));
            }
        }
        entries.sort(null);
        Optional<LockKey> lock = locked && !shares.isEmpty() ? Optional.of(LockKey.of(shares)) : Optional.empty();
        return new QuestionKey(plan.salt(), entries, ids, rightIds, plan.stretched() ? plan.iterations() : 0, lock);
    }

    private static List<String> blankEntries(ResponsePart part, List<byte[]> materials, byte[] share, boolean locked) {
        List<String> entries = new ArrayList<>();
        for (byte[] material : materials) {
            String key = Sha256.HEX.formatHex(material, 0, HALF);
            byte[] wrap = xor(share, Arrays.copyOfRange(material, HALF, 2 * HALF));
            entries.add(locked ? key + Sha256.HEX.formatHex(wrap) : key);
        }
        for (int decoy = 1; entries.size() < paddedCount(part.accepted().size()); decoy++) {
            entries.add(Sha256.HEX.formatHex(hidden("decoy", materials.get(0), decoy), 0, locked ? 2 * HALF : HALF));
        }
        return entries;
    }

    private byte[] material(ResponsePlan plan, ResponsePart part, Accepted accepted) {
        return accepted.material(derive.apply(plan.derivation(part, accepted)));
    }

    /** 1 to 4 variants give 4 entries, 5 to 8 give 8, and so on. */
    static int paddedCount(int accepted) {
        int count = MIN_BLANK_ENTRIES;
        while (count < accepted) {
            count *= 2;
        }
        return count;
    }

    /**
     * Random-looking bytes from a right value's key material: whoever can compute them has paid the derivation
     * that tests that value, so decoys and shares are no cheaper a test of a guess than the keys themselves.
     */
    private static byte[] hidden(String purpose, byte[] material, int index) {
        return Sha256.digest(AnswerKeys.SCHEME + "-" + purpose + "\n" + index + "\n" + Sha256.HEX.formatHex(material));
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }
}
