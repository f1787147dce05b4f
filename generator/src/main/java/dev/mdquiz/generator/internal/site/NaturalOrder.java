package dev.mdquiz.generator.internal.site;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares names the way people number files: "2-intro" before "10-wrap-up", case ignored. */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();
    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String a, String b) {
        Matcher left = CHUNK.matcher(a.toLowerCase(Locale.ROOT));
        Matcher right = CHUNK.matcher(b.toLowerCase(Locale.ROOT));
        while (left.find() && right.find()) {
            String x = left.group();
            String y = right.group();
            boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
            int result = numbers ? new BigInteger(x).compareTo(new BigInteger(y)) : x.compareTo(y);
            if (result != 0) {
                return result;
            }
        }
        int result = Integer.compare(a.length(), b.length());
        return result != 0 ? result : a.compareTo(b);
    }
}
