package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.export.ExportFormats;

import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Immutable settings of one generator run. Build with {@link #builder(Path, Path)}; only the two folders are required. */
public final class GeneratorConfig {
    /** How quizzes and sections are ordered where front matter gives no {@code order}. */
    public enum Ordering {
        /** By file and folder name, numbers compared by value ({@code 2-x} before {@code 10-x}). */
        PATH,
        /** By title. */
        TITLE
    }

    /** About 50 ms per check in headless Chromium on the machine measured in docs/answer-keys.md. */
    public static final int DEFAULT_KEY_ITERATIONS = 400_000;
    /** Far beyond any sensible cost: one check would take minutes. */
    public static final int MAX_KEY_ITERATIONS = 100_000_000;
    /** Name of the default answer key folder, in the build folder. */
    public static final String DEFAULT_ANSWER_KEY_FOLDER = "quiz-answer-keys";
    /** Name of the default cache folder, in the build folder. */
    public static final String DEFAULT_CACHE_FOLDER = "quiz-site-cache";
    /** Name of the default export folder, in the build folder. */
    public static final String DEFAULT_EXPORT_FOLDER = "quiz-export";

    private final Path sourceDirectory;
    private final Path outputDirectory;
    private final Path displayRoot;
    private final Path buildDirectory;
    private final Path cacheDirectory;
    private final Path themeDirectory;
    private final String siteTitle;
    private final String siteLanguage;
    private final Ordering ordering;
    private final List<String> resources;
    private final String keySecret;
    private final int keyIterations;
    private final int choiceKeyIterations;
    private final Path answerKeyDirectory;
    private final boolean failOnWarning;
    private final Path exportDirectory;
    private final List<String> exportFormats;

    private GeneratorConfig(Builder builder) {
        this.sourceDirectory = builder.sourceDirectory;
        this.outputDirectory = builder.outputDirectory;
        this.displayRoot = builder.displayRoot != null ? builder.displayRoot : builder.sourceDirectory;
        this.buildDirectory = builder.buildDirectory;
        // private files default under the build folder, or beside the output folder when none is given
        Path privateRoot = builder.buildDirectory != null ? builder.buildDirectory
                : Objects.requireNonNullElse(builder.outputDirectory.getParent(), builder.outputDirectory);
        this.cacheDirectory = builder.cacheDirectory != null ? builder.cacheDirectory
                : privateRoot.resolve(DEFAULT_CACHE_FOLDER);
        this.themeDirectory = builder.themeDirectory;
        this.siteTitle = builder.siteTitle;
        this.siteLanguage = builder.siteLanguage;
        this.ordering = builder.ordering;
        this.resources = List.copyOf(builder.resources);
        this.keySecret = builder.keySecret;
        this.keyIterations = builder.keyIterations;
        this.choiceKeyIterations = builder.choiceKeyIterations;
        this.answerKeyDirectory = builder.answerKeyDirectory != null ? builder.answerKeyDirectory
                : privateRoot.resolve(DEFAULT_ANSWER_KEY_FOLDER);
        this.failOnWarning = builder.failOnWarning;
        this.exportDirectory = builder.exportDirectory != null ? builder.exportDirectory
                : privateRoot.resolve(DEFAULT_EXPORT_FOLDER);
        this.exportFormats = builder.exportFormats != null ? builder.exportFormats : ExportFormats.names();
    }

    public static Builder builder(Path sourceDirectory, Path outputDirectory) {
        return new Builder(sourceDirectory, outputDirectory);
    }

    /** Where the {@code .md} banks are, searched recursively. */
    public Path sourceDirectory() {
        return sourceDirectory;
    }

    /** Where the site is written. */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** Diagnostics show bank paths relative to this directory (the project's base directory in Maven). */
    public Path displayRoot() {
        return displayRoot;
    }

    /**
     * Where private build files belong (Maven's {@code target/}); the answer keys and the cache default to
     * {@value #DEFAULT_ANSWER_KEY_FOLDER} and {@value #DEFAULT_CACHE_FOLDER} in it, and either one set elsewhere is
     * warned about. Null when not given: the two folders then default beside the output folder, unwarned.
     */
    public Path buildDirectory() {
        return buildDirectory;
    }

    /** Build state kept between runs (never published); defaults to {@value #DEFAULT_CACHE_FOLDER} in the build folder. */
    public Path cacheDirectory() {
        return cacheDirectory;
    }

    /** A folder whose files override the default theme's files of the same name; null for none. */
    public Path themeDirectory() {
        return themeDirectory;
    }

    /** Title of the course index page. */
    public String siteTitle() {
        return siteTitle;
    }

    /** Language of the index and of pages whose front matter sets no {@code lang}: a BCP 47 tag in canonical case. */
    public String siteLanguage() {
        return siteLanguage;
    }

    public Ordering ordering() {
        return ordering;
    }

    /** Glob patterns, relative to the source folder, of files published even though no bank links to them. */
    public List<String> resources() {
        return resources;
    }

    /** Mixed into every salt so that keys differ between sites with the same banks; empty when unset. */
    public String keySecret() {
        return keySecret;
    }

    /**
     * PBKDF2-HMAC-SHA-256 iterations of fill-in and numeric keys, whose guess space is a dictionary or a number
     * line; 0 or 1 means one plain salted SHA-256. See docs/answer-keys.md for the measured costs.
     */
    public int keyIterations() {
        return keyIterations;
    }

    /** The same for choice, ordering and matching keys, whose few responses can be listed; 0 by default. */
    public int choiceKeyIterations() {
        return choiceKeyIterations;
    }

    /**
     * Where the readable answer keys for teachers are written; never inside the output or the source folder.
     * Defaults to {@value #DEFAULT_ANSWER_KEY_FOLDER} in the build folder.
     */
    public Path answerKeyDirectory() {
        return answerKeyDirectory;
    }

    /** Whether warnings in banks fail the build like errors. */
    public boolean failOnWarning() {
        return failOnWarning;
    }

    /**
     * Where {@code export} writes, a folder per format ({@code moodle/}, {@code gift/}, ...); never inside or
     * around the source or output folder. Defaults to {@value #DEFAULT_EXPORT_FOLDER} in the build folder.
     */
    public Path exportDirectory() {
        return exportDirectory;
    }

    /** The formats {@code export} writes, in the registry's order; all of them by default. */
    public List<String> exportFormats() {
        return exportFormats;
    }

    public static final class Builder {
        private final Path sourceDirectory;
        private final Path outputDirectory;
        private Path displayRoot;
        private Path buildDirectory;
        private Path cacheDirectory;
        private Path themeDirectory;
        private String siteTitle = "Quizzes";
        private String siteLanguage = "en";
        private Ordering ordering = Ordering.PATH;
        private List<String> resources = List.of();
        private String keySecret = "";
        private int keyIterations = DEFAULT_KEY_ITERATIONS;
        private int choiceKeyIterations;
        private Path answerKeyDirectory;
        private boolean failOnWarning;
        private Path exportDirectory;
        private List<String> exportFormats;

        private Builder(Path sourceDirectory, Path outputDirectory) {
            this.sourceDirectory = absolute(Objects.requireNonNull(sourceDirectory, "sourceDirectory"));
            this.outputDirectory = absolute(Objects.requireNonNull(outputDirectory, "outputDirectory"));
        }

        private static Path absolute(Path path) {
            return path == null ? null : path.toAbsolutePath().normalize();
        }

        public Builder displayRoot(Path displayRoot) {
            this.displayRoot = absolute(displayRoot);
            return this;
        }

        /** See {@link GeneratorConfig#buildDirectory()}. */
        public Builder buildDirectory(Path buildDirectory) {
            this.buildDirectory = absolute(buildDirectory);
            return this;
        }

        public Builder cacheDirectory(Path cacheDirectory) {
            this.cacheDirectory = absolute(cacheDirectory);
            return this;
        }

        public Builder themeDirectory(Path themeDirectory) {
            this.themeDirectory = absolute(themeDirectory);
            return this;
        }

        public Builder siteTitle(String siteTitle) {
            if (siteTitle != null && !siteTitle.isBlank()) {
                this.siteTitle = siteTitle.strip();
            }
            return this;
        }

        /** A BCP 47 language tag such as {@code en}, {@code de} or {@code pt-BR}; blank keeps {@code en}. */
        public Builder siteLanguage(String siteLanguage) {
            if (siteLanguage != null && !siteLanguage.isBlank()) {
                try {
                    this.siteLanguage = new Locale.Builder().setLanguageTag(siteLanguage.strip()).build().toLanguageTag();
                } catch (IllformedLocaleException e) {
                    throw new IllegalArgumentException("language must be a language tag such as en, de or pt-BR, not '"
                            + siteLanguage.strip() + "'", e);
                }
            }
            return this;
        }

        public Builder ordering(Ordering ordering) {
            this.ordering = Objects.requireNonNull(ordering, "ordering");
            return this;
        }

        public Builder resources(List<String> resources) {
            this.resources = resources == null ? List.of() : List.copyOf(resources);
            return this;
        }

        public Builder keySecret(String keySecret) {
            this.keySecret = keySecret == null ? "" : keySecret;
            return this;
        }

        public Builder keyIterations(int keyIterations) {
            this.keyIterations = iterations("keyIterations", keyIterations);
            return this;
        }

        public Builder choiceKeyIterations(int choiceKeyIterations) {
            this.choiceKeyIterations = iterations("choiceKeyIterations", choiceKeyIterations);
            return this;
        }

        private static int iterations(String name, int iterations) {
            if (iterations < 0 || iterations > MAX_KEY_ITERATIONS) {
                throw new IllegalArgumentException(name + " must be from 0 to " + MAX_KEY_ITERATIONS + ", not " + iterations);
            }
            return iterations;
        }

        public Builder answerKeyDirectory(Path answerKeyDirectory) {
            this.answerKeyDirectory = absolute(answerKeyDirectory);
            return this;
        }

        public Builder failOnWarning(boolean failOnWarning) {
            this.failOnWarning = failOnWarning;
            return this;
        }

        public Builder exportDirectory(Path exportDirectory) {
            this.exportDirectory = absolute(exportDirectory);
            return this;
        }

        /**
         * Names of export formats ({@code moodle}, {@code gift}, ...), in any order and case, blanks ignored;
         * null or none at all keeps every format. An unknown name is refused with the valid ones.
         */
        public Builder exportFormats(List<String> exportFormats) {
            this.exportFormats = exportFormats == null ? null : ExportFormats.chosen(exportFormats);
            return this;
        }

        public GeneratorConfig build() {
            return new GeneratorConfig(this);
        }
    }
}
