package dev.mdquiz.bench.report;

/** A target from issue 5, judged against the figure this run measured. */
public record Goal(String name, Verdict verdict, String figure) {
    public enum Verdict {
        PASS, MISS, NOT_MEASURED;

        public String label() {
            return this == NOT_MEASURED ? "n/a" : name();
        }
    }

    public static Goal judge(String name, boolean met, String figure) {
        return new Goal(name, met ? Verdict.PASS : Verdict.MISS, figure);
    }

    public static Goal notMeasured(String name, String why) {
        return new Goal(name, Verdict.NOT_MEASURED, why);
    }
}
