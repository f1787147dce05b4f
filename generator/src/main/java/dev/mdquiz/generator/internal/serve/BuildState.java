package dev.mdquiz.generator.internal.serve;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.InvalidBanksException;
import dev.mdquiz.generator.QuizBuildException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What a build event tells open pages: which files changed, or what is wrong. */
final class BuildState {
    /** One problem as the overlay shows it: {@code where} is {@code path:line:col}, or null when no file is at fault. */
    record Problem(String where, String severity, String message) {
        String json() {
            return "{\"where\":" + JsonText.string(where) + ",\"severity\":" + JsonText.string(severity)
                    + ",\"message\":" + JsonText.string(message) + "}";
        }
    }

    private BuildState() {
    }

    /** A good build: pages whose path is in {@code changed} reload; {@code *} reloads every page. */
    static String built(long generation, Collection<String> changed) {
        return "{\"ok\":true,\"generation\":" + generation + ",\"changed\":" + JsonText.strings(changed) + "}";
    }

    static String failed(String title, List<Problem> problems) {
        StringBuilder json = new StringBuilder("{\"ok\":false,\"title\":").append(JsonText.string(title))
                .append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            json.append(i > 0 ? "," : "").append(problems.get(i).json());
        }
        return json.append("]}").toString();
    }

    /** The overlay's title and problems for a failure: each diagnostic of invalid banks, else the message. */
    static String failed(QuizBuildException failure) {
        List<Problem> problems = new ArrayList<>();
        if (failure instanceof InvalidBanksException invalid) {
            for (Diagnostic diagnostic : invalid.diagnostics()) {
                problems.add(new Problem(diagnostic.path() + ":" + diagnostic.line() + ":" + diagnostic.column(),
                        diagnostic.severity().label(), diagnostic.message()));
            }
            long errors = invalid.errorCount();
            long warnings = invalid.diagnostics().size() - errors;
            String counts = errors > 0 && warnings > 0 ? count(errors, "error") + " and " + count(warnings, "warning")
                    : errors > 0 ? count(errors, "error") : count(warnings, "warning") + " (failOnWarning is set)";
            return failed("The build failed: " + counts + " in the question banks", problems);
        }
        problems.add(new Problem(null, "error", failure.getMessage()
                + failure.setting().map(setting -> " (check " + setting.parameter() + ")").orElse("")));
        return failed("The build failed", problems);
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A failure that is no user's to fix: a defect of mdquiz, or a file system that failed under it. */
    static String failed(Exception unexpected) {
        return failed("The build failed", List.of(new Problem(null, "error", "unexpected "
                + unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage()
                + " (please report it to mdquiz if it happens again)")));
    }
}
