package dev.mdquiz.generator.internal.math;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temml, a TeX-to-MathML engine in JavaScript (MIT; the jar of mdquiz's theme carries it, pinned by its
 * package-lock.json), run in GraalJS. Loading it costs seconds, so there is one per process, loaded when the first
 * formula of a build needs it; a course without math never loads it. A GraalJS context runs on one thread at a time:
 * the engine keeps a pool of contexts, one more (up to one per core) whenever every one is busy, so that the banks
 * checked on all cores render their formulas on all cores.
 *
 * <p>Untrusted TeX stays text: {@code trust} is off, so {@code \href}, {@code \includegraphics},
 * {@code \htmlClass}, {@code \style} and the like are errors, and Temml escapes text it writes.
 */
public final class TemmlEngine {
    private static final String RESOURCES = "/dev/mdquiz/math/";
    /** The version of Temml that the jar carries: part of every cached formula's key. */
    public static final String VERSION = "temml-" + version();
    private static final Pattern AT_POSITION = Pattern.compile("\\s+at (?:position \\d+|end of input):[\\s\\S]*$");
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static final AtomicInteger RENDERS = new AtomicInteger();

    private static TemmlEngine shared;

    private final Engine engine;
    private final int maxContexts = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final BlockingQueue<Temml> idle = new LinkedBlockingQueue<>();
    private int contexts;

    /** One GraalJS context with Temml loaded, and its render function; used by one thread at a time. */
    private record Temml(Context context, Value render) {
    }

    /** What Temml made of a formula: MathML, or the error it reported and where in the TeX (-1: not known). */
    public record Result(String mathml, String error, int errorOffset) {
        public static Result error(String message, int offset) {
            return new Result(null, message, offset);
        }

        public boolean failed() {
            return mathml == null;
        }
    }

    private TemmlEngine() {
        LOADS.incrementAndGet();
        engine = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false") // Java 17 has no Graal compiler: the interpreter is enough
                .build();
        idle.add(load());
    }

    private Temml load() {
        Context context = Context.newBuilder("js").engine(engine).allowAllAccess(false).build();
        context.eval(Source.newBuilder("js", resource("dist/temml.min.js"), "temml.min.js").buildLiteral());
        Value render = context.eval("js", "(function (tex, display) { try {"
                + " return [temml.renderToString(tex, {displayMode: display, throwOnError: true, trust: false,"
                + " annotate: false, xml: false}), null, -1];"
                + " } catch (e) { return [null, String(e && e.message || e),"
                + " typeof e.position === 'number' ? e.position : -1]; } })");
        return new Temml(context, render);
    }

    /** An idle context, a new one if all are busy and there are fewer than cores, else the next to be free. */
    private Temml take() throws InterruptedException {
        Temml temml = idle.poll();
        if (temml != null) {
            return temml;
        }
        synchronized (this) {
            if (contexts < maxContexts - 1) { // the first is made with the engine
                contexts++;
                return load();
            }
        }
        return idle.take();
    }

    /** The process's engine, loaded at the first call. */
    public static synchronized TemmlEngine shared() {
        if (shared == null) {
            shared = new TemmlEngine();
        }
        return shared;
    }

    /** How many times an engine was loaded in this process: tests check that a course without math loads none. */
    public static int loads() {
        return LOADS.get();
    }

    /** How many formulas engines rendered in this process: tests check that an unchanged formula is not rendered again. */
    public static int renders() {
        return RENDERS.get();
    }

    /** Temml's MathML of one formula, with {@code display="block"} for display math, or its error. */
    public Result render(String tex, boolean display) {
        RENDERS.incrementAndGet();
        Temml temml;
        try {
            temml = take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the TeX engine", e);
        }
        try {
            Value result = temml.render().execute(tex, display);
            if (!result.getArrayElement(0).isNull()) {
                return new Result(result.getArrayElement(0).asString(), null, -1);
            }
            return Result.error(message(result.getArrayElement(1).asString()),
                    result.getArrayElement(2).asInt());
        } catch (PolyglotException e) {
            // Temml's own failure (too deep nesting, say), not the TeX's: still the formula's error, never a trace
            return Result.error("Temml could not render this formula (" + e.getMessage() + ")", -1);
        } finally {
            idle.add(temml);
        }
    }

    /** Temml's message without the excerpt it underlines: the diagnostic gives the line and column instead. */
    static String message(String raw) {
        Matcher excerpt = AT_POSITION.matcher(raw);
        String message = excerpt.find() ? raw.substring(0, excerpt.start()) : raw;
        return message.replaceFirst("^(?:ParseError|Error):\\s*", "").strip();
    }

    private static String version() {
        String json = resource("package.json");
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!version.find()) {
            throw new IllegalStateException("no version in Temml's package.json");
        }
        return version.group(1);
    }

    private static String resource(String name) {
        try (InputStream in = TemmlEngine.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Temml is missing from the class path: " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
