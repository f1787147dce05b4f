package dev.mdquiz.generator.internal.output;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.internal.answers.AnswerKeyOutput;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.key.AnswerKeys;
import dev.mdquiz.generator.internal.key.KeyOptions;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.render.PageRenderer;
import dev.mdquiz.generator.internal.site.SitePlan;

import java.util.List;

/** The outputs a build writes, in the order it writes them. */
public final class Outputs {
    private Outputs() {
    }

    public static List<CourseOutput> of(GeneratorConfig config, BuildCache cache) throws ThemeException {
        return List.of(site(config, cache, new SitePlan.VersionMemo()), new AnswerKeyOutput(config));
    }

    /** The site alone, its quizzes' versions remembered in {@code versions} (a preview keeps them across builds). */
    public static CourseOutput site(GeneratorConfig config, BuildCache cache, SitePlan.VersionMemo versions)
            throws ThemeException {
        return new SiteOutput(config, new SitePlan(config, pageRenderer(config),
                new AnswerKeys(KeyOptions.of(config, cache)), versions));
    }

    /** Renders pages as the site has them: an export that holds a quiz's page (SCORM) renders it here too. */
    public static PageRenderer pageRenderer(GeneratorConfig config) throws ThemeException {
        String siteId = Sha256.hex(config.siteTitle(), 8);
        return new PageRenderer(config.siteTitle(), config.siteLanguage(), siteId, config.themeDirectory());
    }

    /** One value that changes whenever any output's fingerprint does. */
    public static String fingerprint(List<CourseOutput> outputs) {
        StringBuilder all = new StringBuilder();
        outputs.forEach(output -> all.append(output.name()).append(' ').append(output.fingerprint()).append('\n'));
        return Sha256.hex(all.toString());
    }
}
