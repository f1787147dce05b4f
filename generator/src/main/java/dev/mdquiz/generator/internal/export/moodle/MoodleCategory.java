package dev.mdquiz.generator.internal.export.moodle;

import dev.mdquiz.generator.internal.export.ExportBank;

/**
 * A bank's question category in Moodle, as Moodle XML and GIFT name it: {@code $course$/top/<course>/<section>/
 * .../<bank>}, in the course's own category. Moodle splits the path at "/" and reads "//" as a "/" of a name.
 */
public final class MoodleCategory {
    private MoodleCategory() {
    }

    public static String path(ExportBank bank) {
        StringBuilder path = new StringBuilder("$course$/top");
        for (String title : bank.category()) {
            path.append('/').append(name(title));
        }
        return path.append('/').append(name(bank.quiz().title())).toString();
    }

    private static String name(String title) {
        return title.replaceAll("\\s+", " ").strip().replace("/", "//");
    }
}
