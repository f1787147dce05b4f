package dev.mdquiz.maven;

import dev.mdquiz.generator.InvalidBanksException;
import dev.mdquiz.generator.OverlappingFoldersException;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.Setting;
import org.apache.maven.plugin.MojoFailureException;

import java.util.function.Function;

/**
 * How every goal reports a generator failure: its message and, when a setting is at fault, the parameter to look
 * at, as {@code (check <cacheDirectory> or -Dquiz.cacheDirectory)}. No stack trace: these are the user's to fix.
 */
final class Failures {
    private Failures() {
    }

    static MojoFailureException of(QuizBuildException e) {
        return new MojoFailureException(message(e));
    }

    /** The same for a goal that sets a setting through a parameter of another name (the preview's folders). */
    static MojoFailureException of(QuizBuildException e, Function<Setting, String> parameter) {
        return new MojoFailureException(message(e, parameter));
    }

    static String message(QuizBuildException e) {
        return message(e, Setting::parameter);
    }

    static String message(QuizBuildException e, Function<Setting, String> parameter) {
        if (e instanceof InvalidBanksException invalid) {
            return invalid.getMessage() + (invalid.errorCount() == 0 ? " (failOnWarning is set)" : "");
        }
        // an overlap is fixed by choosing another folder; any other failure by looking at the one named
        String verb = e instanceof OverlappingFoldersException ? "set" : "check";
        return e.getMessage() + e.setting().map(parameter).map(name -> " (" + verb + " <" + name + "> or -Dquiz."
                + name + ")").orElse("");
    }
}
