package dev.mdquiz.generator;

import java.nio.file.Path;
import java.util.List;
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

    private final Path sourceDirectory;
    private final Path outputDirectory;
    private final Path displayRoot;
    private final Path cacheDirectory;
    private final Path themeDirectory;
    private final String siteTitle;
    private final String siteLanguage;
    private final Ordering ordering;
    private final List<String> resources;
    private final String keySecret;
    private final boolean failOnWarning;

    private GeneratorConfig(Builder builder) {
        this.sourceDirectory = builder.sourceDirectory;
        this.outputDirectory = builder.outputDirectory;
        this.displayRoot = builder.displayRoot != null ? builder.displayRoot : builder.sourceDirectory;
        this.cacheDirectory = builder.cacheDirectory != null ? builder.cacheDirectory
                : builder.outputDirectory.resolveSibling(builder.outputDirectory.getFileName() + "-cache");
        this.themeDirectory = builder.themeDirectory;
        this.siteTitle = builder.siteTitle;
        this.siteLanguage = builder.siteLanguage;
        this.ordering = builder.ordering;
        this.resources = List.copyOf(builder.resources);
        this.keySecret = builder.keySecret;
        this.failOnWarning = builder.failOnWarning;
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

    /** Build state kept between runs (never published); defaults to a sibling of the output folder. */
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

    /** Language of pages whose front matter sets no {@code lang}. */
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

    /** Whether warnings in banks fail the build like errors. */
    public boolean failOnWarning() {
        return failOnWarning;
    }

    public static final class Builder {
        private final Path sourceDirectory;
        private final Path outputDirectory;
        private Path displayRoot;
        private Path cacheDirectory;
        private Path themeDirectory;
        private String siteTitle = "Quizzes";
        private String siteLanguage = "en";
        private Ordering ordering = Ordering.PATH;
        private List<String> resources = List.of();
        private String keySecret = "";
        private boolean failOnWarning;

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

        public Builder siteLanguage(String siteLanguage) {
            if (siteLanguage != null && !siteLanguage.isBlank()) {
                this.siteLanguage = siteLanguage.strip();
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

        public Builder failOnWarning(boolean failOnWarning) {
            this.failOnWarning = failOnWarning;
            return this;
        }

        public GeneratorConfig build() {
            return new GeneratorConfig(this);
        }
    }
}
