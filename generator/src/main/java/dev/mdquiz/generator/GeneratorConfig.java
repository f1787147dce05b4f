package dev.mdquiz.generator;

import java.nio.file.Path;
import java.util.Objects;

/** Immutable settings of one generator run. Build with {@link #builder(Path, Path)}. */
public final class GeneratorConfig {
    private final Path sourceDirectory;
    private final Path outputDirectory;
    private final Path displayRoot;
    private final String siteTitle;
    private final String keySecret;
    private final boolean failOnWarning;

    private GeneratorConfig(Builder builder) {
        this.sourceDirectory = builder.sourceDirectory;
        this.outputDirectory = builder.outputDirectory;
        this.displayRoot = builder.displayRoot != null ? builder.displayRoot : builder.sourceDirectory;
        this.siteTitle = builder.siteTitle;
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

    /** Title of the course index page. */
    public String siteTitle() {
        return siteTitle;
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
        private String siteTitle = "Quizzes";
        private String keySecret = "";
        private boolean failOnWarning;

        private Builder(Path sourceDirectory, Path outputDirectory) {
            this.sourceDirectory = Objects.requireNonNull(sourceDirectory, "sourceDirectory").toAbsolutePath().normalize();
            this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory").toAbsolutePath().normalize();
        }

        public Builder displayRoot(Path displayRoot) {
            this.displayRoot = displayRoot == null ? null : displayRoot.toAbsolutePath().normalize();
            return this;
        }

        public Builder siteTitle(String siteTitle) {
            if (siteTitle != null && !siteTitle.isBlank()) {
                this.siteTitle = siteTitle.strip();
            }
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
