package dev.mdquiz.generator.internal.math;

import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.cache.CacheWriteException;
import dev.mdquiz.generator.model.MathNode;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The formulas of a build as MathML, each rendered once: the check stage renders every formula (invalid TeX is an
 * error there) and the render stage finds it done. A formula is looked up in this process's memory (a preview's
 * builds share it), then in the build cache, and only then rendered by {@link TemmlEngine}, loaded at that moment;
 * so neither a course without math nor a rebuild whose formulas did not change loads the engine. Thread-safe.
 */
public final class Formulas {
    /** Bumped whenever {@link MathMl} changes what it makes of Temml's output: old cached formulas then count as absent. */
    private static final String FORMAT = "2";
    private static final int MEMORY_LIMIT = 50_000;
    private static final Map<String, TemmlEngine.Result> MEMORY = new ConcurrentHashMap<>();
    private static final String ERROR = "error ";

    private final BuildCache cache;
    /** Rendered by the engine in this build and not yet in the cache. */
    private final Map<String, String> fresh = new ConcurrentHashMap<>();

    private Formulas(BuildCache cache) {
        this.cache = cache;
    }

    /** Formulas looked up in {@code cache} too (null: in memory alone); {@link #save()} stores the new ones there. */
    public static Formulas with(BuildCache cache) {
        return new Formulas(cache);
    }

    /** Formulas in this process's memory, rendered when missing: for the render stage and tests. */
    public static Formulas inMemory() {
        return new Formulas(null);
    }

    /** The formula's MathML, with its TeX as its accessible name, or Temml's error. */
    public TemmlEngine.Result render(MathNode math) {
        return render(math.tex(), math.display());
    }

    public TemmlEngine.Result render(String tex, boolean display) {
        String key = TemmlEngine.VERSION + "/" + FORMAT + "/" + (display ? "display" : "inline") + "\n" + tex;
        TemmlEngine.Result known = MEMORY.get(key);
        if (known != null) {
            return known;
        }
        Optional<TemmlEngine.Result> cached = cache == null ? Optional.empty() : cache.formula(key).flatMap(Formulas::parse);
        TemmlEngine.Result result = cached.orElseGet(() -> {
            TemmlEngine.Result rendered = TemmlEngine.shared().render(tex, display);
            TemmlEngine.Result page = rendered.failed() ? rendered
                    : new TemmlEngine.Result(MathMl.forPage(rendered.mathml(), tex), null, -1);
            fresh.put(key, format(page));
            return page;
        });
        if (MEMORY.size() > MEMORY_LIMIT) {
            MEMORY.clear(); // a long preview session: what is still used comes back from the cache
        }
        MEMORY.put(key, result);
        return result;
    }

    /** Forgets what this process rendered, as a new process would: for tests of the build cache. */
    public static void forgetMemory() {
        MEMORY.clear();
    }

    /** Stores the formulas this build rendered in the cache, in a stable order. */
    public void save() throws OutputDirectoryException {
        if (cache == null) {
            return;
        }
        for (Map.Entry<String, String> formula : new TreeMap<>(fresh).entrySet()) {
            try {
                cache.storeFormula(formula.getKey(), formula.getValue());
            } catch (CacheWriteException e) {
                throw e.failure();
            }
            fresh.remove(formula.getKey());
        }
    }

    private static String format(TemmlEngine.Result result) {
        return result.failed() ? ERROR + result.errorOffset() + "\n" + result.error() : result.mathml();
    }

    private static Optional<TemmlEngine.Result> parse(String stored) {
        if (!stored.startsWith(ERROR)) {
            return Optional.of(new TemmlEngine.Result(stored, null, -1));
        }
        int newline = stored.indexOf('\n');
        try {
            int offset = Integer.parseInt(stored.substring(ERROR.length(), newline));
            return Optional.of(TemmlEngine.Result.error(stored.substring(newline + 1), offset));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
