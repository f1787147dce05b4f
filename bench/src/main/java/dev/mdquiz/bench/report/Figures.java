package dev.mdquiz.bench.report;

import java.util.Locale;

/** Number formats shared by the tables and the goal lines. */
public final class Figures {
    private Figures() {
    }

    public static String millis(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f ms", millis) : String.format(Locale.ROOT, "%.2f ms", millis);
    }

    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    public static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    public static String bytes(long bytes) {
        return bytes >= 10_000 ? String.format(Locale.ROOT, "%,.1f KiB", bytes / 1024.0) : String.format(Locale.ROOT, "%,d B", bytes);
    }

    public static String mib(long kib) {
        return String.format(Locale.ROOT, "%,.0f MiB", kib / 1024.0);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
