package dev.mdquiz.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The same banks as the content of a minimal Hugo site: one page per bank with a trivial layout, a home page
 * listing them, and the extra outputs Hugo makes by default (RSS, sitemap, taxonomies) switched off, so Hugo
 * does about what the generator does: Markdown in, one HTML page per bank plus an index out.
 */
public final class HugoSite {
    private static final String CONFIG = """
            baseURL = "http://localhost/"
            title = "Benchmark course"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            """;
    private static final String BASEOF = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body>{{ block "main" . }}{{ end }}</body></html>
            """;
    private static final String SINGLE = """
            {{ define "main" }}<main><h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .Content }}</main>{{ end }}
            """;
    private static final String LIST = """
            {{ define "main" }}<main><h1>{{ .Title }}</h1><ul>{{ range .RegularPagesRecursive }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main>{{ end }}
            """;

    private HugoSite() {
    }

    /** Lays out a Hugo site in {@code site} whose content is a copy of the corpus's banks, folders kept. */
    public static Path write(Corpus corpus, Path site) {
        try {
            Files.createDirectories(site.resolve("layouts/_default"));
            Files.writeString(site.resolve("config.toml"), CONFIG);
            Files.writeString(site.resolve("layouts/_default/baseof.html"), BASEOF);
            Files.writeString(site.resolve("layouts/_default/single.html"), SINGLE);
            Files.writeString(site.resolve("layouts/_default/list.html"), LIST);
            Path content = site.resolve("content");
            for (Path bank : banks(corpus.directory())) {
                Path target = content.resolve(corpus.directory().relativize(bank).toString());
                Files.createDirectories(target.getParent());
                Files.copy(bank, target);
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> banks(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }
}
