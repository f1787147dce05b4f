package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.ThemeException;
import dev.mdquiz.generator.DefaultTheme;
import dev.mdquiz.generator.internal.key.Sha256;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme in use: the default theme from the classpath, with any file of the same name in the user's theme
 * folder taking its place. FreeMarker is configured once per theme.
 */
final class Theme {
    private final Map<String, byte[]> files;
    private final Path userDirectory;
    final Configuration freemarker;
    final String style;
    final String script;
    final String indexScript;
    final Map<String, String> messages;
    /** Changes whenever any file of the theme changes, so that every page is rebuilt. */
    final String fingerprint;

    Theme(Path userDirectory) throws ThemeException {
        this.userDirectory = userDirectory != null && Files.isDirectory(userDirectory) ? userDirectory : null;
        this.files = overlay(DefaultTheme.files(), this.userDirectory);
        this.freemarker = configure(this.userDirectory);
        this.style = text("quiz.css");
        this.script = text("quiz.js");
        this.indexScript = text("index.js");
        this.messages = messages(text("messages.properties"));
        StringBuilder all = new StringBuilder();
        files.forEach((name, bytes) -> all.append(name).append('\n').append(Sha256.hex(bytes)).append('\n'));
        this.fingerprint = Sha256.hex(all.toString());
    }

    /** Where a theme file comes from, for error messages. */
    String describe(String name) {
        if (userDirectory != null && Files.isRegularFile(userDirectory.resolve(name))) {
            return userDirectory.resolve(name).toString();
        }
        return name + " (default theme)";
    }

    private static Map<String, byte[]> overlay(Map<String, byte[]> defaults, Path userDirectory) throws ThemeException {
        Map<String, byte[]> files = new TreeMap<>(defaults);
        if (userDirectory == null) {
            return files;
        }
        try (Stream<Path> overrides = Files.list(userDirectory)) {
            for (Path file : overrides.filter(Files::isRegularFile).sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new ThemeException("cannot read theme folder " + userDirectory + ": " + e.getMessage(), e);
        }
        return files;
    }

    private String text(String name) throws ThemeException {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new ThemeException("theme file " + name + " is missing", null);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, String> messages(String text) throws ThemeException {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new ThemeException("cannot read theme file messages.properties: " + e.getMessage(), e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return Map.copyOf(messages);
    }

    private static Configuration configure(Path userDirectory) throws ThemeException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader defaults = new ClassTemplateLoader(Theme.class, "/" + DefaultTheme.RESOURCE_FOLDER);
        try {
            configuration.setTemplateLoader(userDirectory == null ? defaults
                    : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDirectory.toFile()), defaults}));
        } catch (IOException e) {
            throw new ThemeException("cannot read theme folder " + userDirectory + ": " + e.getMessage(), e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        // output must not depend on the machine building it
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        return configuration;
    }
}
