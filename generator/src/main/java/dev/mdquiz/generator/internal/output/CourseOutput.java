package dev.mdquiz.generator.internal.output;

import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.internal.site.SiteSources;
import dev.mdquiz.generator.internal.write.OutputFile;

import java.nio.file.Path;
import java.util.List;

/**
 * One thing a build makes of a checked course: the site, the teachers' answer keys, an export. The generator
 * writes every output the same way, atomically and only what changed, and knows nothing else of any of them:
 * a new output is a new implementation, listed in {@link Outputs}.
 */
public interface CourseOutput {
    /** Lower-case letters, digits and '-': the cache keeps the list of this output's files under it. */
    String name();

    /** The folder written into. */
    Path directory();

    /** The setting that names {@link #directory()}, for messages about it. */
    Setting setting();

    /** Changes whenever something that changes all of this output's files does: the generator, settings, theme. */
    String fingerprint();

    /** Every file of this output, each with the hash of what it is made from; contents are made when needed. */
    List<OutputFile> files(SiteSources course) throws QuizBuildException;
}
