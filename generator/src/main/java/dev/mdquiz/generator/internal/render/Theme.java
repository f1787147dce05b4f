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
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The theme in use: the default theme from the classpath, with any file of the same name in the user's theme
 * folder taking its place, except message bundles, which the user's file of the same name overrides key by key.
 * FreeMarker is configured once per theme.
 */
final class Theme {
    /** The default theme's script and style sheets, minified by terser and csso when the templates module is built. */
    private static final String MINIFIED_FOLDER = "dev/mdquiz/theme-minified/";
    /** {@code messages.properties} and its translations such as {@code messages_de.properties}, {@code messages_pt_BR.properties}. */
    private static final Pattern BUNDLE_NAME = Pattern.compile("messages(_[A-Za-z0-9]+)*\\.properties");

    private final Map<String, byte[]> files;
    private final Path userDirectory;
    /** Made when the first page renders: a rebuild with nothing to do never loads FreeMarker. */
    private Configuration freemarker;
    /** quiz.css, which every page carries, and index.css, which only the index adds to it. */
    private final String style;
    final String indexStyle;
    private final String keysScript;
    /** lock.js: opens locked explanations, on the pages that have a locked question. */
    private final String lockScript;
    private final String quizScript;
    private final String embedScript;
    /** Each part's script and style, which a quiz page carries only when a question on it needs the part. */
    private final Map<ThemePart, String> partScripts = new EnumMap<>(ThemePart.class);
    private final Map<ThemePart, String> partStyles = new EnumMap<>(ThemePart.class);
    final String indexScript;
    /** The SCORM bridge a packaged page runs before its script; no page of the site carries it. */
    final String scormScript;
    /** Each message bundle by file name: the default theme's keys with the user's file of that name merged over them. */
    private final Map<String, Map<String, String>> bundles;
    /** Changes whenever any file of the theme changes, so that every page is rebuilt. */
    final String fingerprint;

    /** The style and script a quiz page carries inline. */
    record PageAssets(String style, String script) {
    }

    Theme(Path userDirectory) throws ThemeException {
        this.userDirectory = userDirectory != null && Files.isDirectory(userDirectory) ? userDirectory : null;
        Map<String, byte[]> defaults = DefaultTheme.files();
        Map<String, byte[]> userFiles = userFiles(this.userDirectory);
        this.files = new TreeMap<>(defaults);
        this.files.putAll(userFiles);
        this.style = inline("quiz.css", defaults, userFiles);
        this.indexStyle = style + "\n" + inline("index.css", defaults, userFiles);
        this.keysScript = inline("keys.js", defaults, userFiles);
        this.lockScript = inline("lock.js", defaults, userFiles);
        this.quizScript = inline("quiz.js", defaults, userFiles);
        this.embedScript = inline("embed.js", defaults, userFiles);
        for (ThemePart part : ThemePart.values()) {
            partScripts.put(part, inline(part.fileName + ".js", defaults, userFiles));
            partStyles.put(part, inline(part.fileName + ".css", defaults, userFiles));
        }
        this.indexScript = inline("index.js", defaults, userFiles);
        this.scormScript = inline("scorm.js", defaults, userFiles);
        this.bundles = bundles(defaults, userFiles);
        StringBuilder all = new StringBuilder();
        files.forEach((name, bytes) -> all.append(name).append('\n').append(Sha256.hex(bytes)).append('\n'));
        // the minified defaults come from the build, not from the files above
        Stream.concat(Stream.of(style, indexStyle, keysScript, lockScript, quizScript, embedScript, indexScript,
                scormScript), Stream.concat(partScripts.values().stream(), partStyles.values().stream()))
                .forEach(inlined -> all.append(Sha256.hex(inlined)));
        this.fingerprint = Sha256.hex(all.toString());
    }

    /**
     * A quiz page's style, quiz.css and then each part's; and its script: keys.js (and lock.js), each part's, so
     * that quiz.js finds their kinds, quiz.js, then embed.js, which fits the page to a docs site's frame.
     */
    PageAssets pageAssets(Set<ThemePart> parts, boolean locked) {
        StringBuilder style = new StringBuilder(this.style);
        StringBuilder script = new StringBuilder(keysScript);
        if (locked) {
            script.append('\n').append(lockScript);
        }
        for (ThemePart part : ThemePart.values()) {
            if (parts.contains(part)) {
                style.append('\n').append(partStyles.get(part));
                script.append('\n').append(partScripts.get(part));
            }
        }
        script.append('\n').append(quizScript).append('\n').append(embedScript);
        return new PageAssets(style.toString(), script.toString());
    }

    /** Equal but for line endings: an ejected copy checked out with CRLF is still the default. */
    private static boolean sameText(byte[] user, byte[] theDefault) {
        return theDefault != null && new String(user, StandardCharsets.UTF_8).replace("\r\n", "\n")
                .equals(new String(theDefault, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    /** The template engine over this theme's folder and the default theme, configured on first use. */
    synchronized Configuration freemarker() throws ThemeException {
        if (freemarker == null) {
            freemarker = configure(userDirectory);
        }
        return freemarker;
    }

    /** Where a theme file comes from, for error messages. */
    String describe(String name) {
        if (userDirectory != null && Files.isRegularFile(userDirectory.resolve(name))) {
            return userDirectory.resolve(name).toString();
        }
        return name + " (default theme)";
    }

    private static Map<String, byte[]> userFiles(Path userDirectory) throws ThemeException {
        Map<String, byte[]> files = new TreeMap<>();
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

    /**
     * A script or style sheet as every page carries it inline: the default theme's file minified at build time,
     * unless the user's theme folder holds a different file of that name, which is used as written.
     */
    private static String inline(String name, Map<String, byte[]> defaults, Map<String, byte[]> userFiles)
            throws ThemeException {
        byte[] userFile = userFiles.get(name);
        if (userFile != null && !sameText(userFile, defaults.get(name))) {
            return new String(userFile, StandardCharsets.UTF_8);
        }
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(MINIFIED_FOLDER + name)) {
            if (in == null) {
                throw new ThemeException("the default theme's minified " + name + " is missing from the classpath"
                        + " (the templates module minifies it when Maven builds it)", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ThemeException("cannot read the default theme's minified " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The UI text for a page in the given language (a BCP 47 tag): {@code messages.properties}, overlaid key by key
     * with the bundles of ever more specific tags ({@code messages_pt}, then {@code messages_pt_BR}) that exist.
     */
    Map<String, String> messages(String languageTag) {
        Map<String, String> messages = new TreeMap<>();
        for (String name : Language.bundleNames(languageTag)) {
            messages.putAll(bundles.getOrDefault(name, Map.of()));
        }
        return Map.copyOf(messages);
    }

    /** A user's bundle only overrides the keys it holds: a file with a single line changes a single string. */
    private Map<String, Map<String, String>> bundles(Map<String, byte[]> defaults, Map<String, byte[]> userFiles)
            throws ThemeException {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        for (String name : files.keySet()) {
            if (!BUNDLE_NAME.matcher(name).matches()) {
                continue;
            }
            Map<String, String> bundle = new TreeMap<>();
            if (defaults.containsKey(name)) {
                bundle.putAll(properties(name + " (default theme)", defaults.get(name)));
            }
            if (userFiles.containsKey(name)) {
                bundle.putAll(properties(describe(name), userFiles.get(name)));
            }
            bundles.put(name, Map.copyOf(bundle));
        }
        if (!bundles.containsKey("messages.properties")) {
            throw new ThemeException("theme file messages.properties is missing", null);
        }
        return Map.copyOf(bundles);
    }

    private static Map<String, String> properties(String source, byte[] bytes) throws ThemeException {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ThemeException("cannot read theme file " + source + ": " + e.getMessage(), e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
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
