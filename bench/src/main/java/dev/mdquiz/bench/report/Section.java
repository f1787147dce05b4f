package dev.mdquiz.bench.report;

import java.util.List;
import java.util.Map;

/**
 * One part of the report: a small table for the terminal and the same figures, unrounded, for the JSON file.
 *
 * @param notes lines printed under the table: how it was measured, or why it was not
 */
public record Section(String key, String title, List<String> header, List<List<String>> rows, List<String> notes,
                     Map<String, Object> json) {
    public Section {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** A section for a measurement that could not run, with the reason. */
    public static Section unavailable(String key, String title, String reason) {
        return new Section(key, title, List.of(), List.of(), List.of(reason), Map.of("available", false, "reason", reason));
    }
}
