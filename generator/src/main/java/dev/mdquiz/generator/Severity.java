package dev.mdquiz.generator;

/** How serious a problem in a question bank is: errors fail the build, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in compiler-style output. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
