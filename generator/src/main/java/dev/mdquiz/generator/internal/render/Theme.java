package dev.mdquiz.generator.internal.render;

import dev.mdquiz.generator.ThemeException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;

/** The default theme on the classpath: FreeMarker configured once, plus the page's stylesheet and script. */
final class Theme {
    static final String BASE = "/dev/mdquiz/theme/";

    final Configuration freemarker;
    final String style;
    final String script;
    final Map<String, String> messages;

    Theme() throws ThemeException {
        this.freemarker = configure();
        this.style = read("quiz.css");
        this.script = read("quiz.js");
        this.messages = messages(read("messages.properties"));
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

    private static Configuration configure() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(Theme.class, BASE));
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

    private static String read(String name) throws ThemeException {
        try (InputStream in = Theme.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new ThemeException("theme file " + name + " is missing from the classpath", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ThemeException("cannot read theme file " + name + ": " + e.getMessage(), e);
        }
    }
}
