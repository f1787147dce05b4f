package dev.mdquiz.bench;

/** A comparison that cannot run on this machine (a tool is missing); the report says why instead of a figure. */
public final class Unavailable extends Exception {
    public Unavailable(String reason) {
        super(reason);
    }
}
