package dev.mdquiz.generator;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The theme that ships with mdquiz: its files by name, and a way to copy them into a project for editing. */
public final class DefaultTheme {
    /** Where the theme's files live on the classpath. */
    public static final String RESOURCE_FOLDER = "dev/mdquiz/theme/";

    private DefaultTheme() {
    }

    /** Every file of the default theme, by name, in name order. */
    public static Map<String, byte[]> files() throws ThemeException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : names()) {
            try (InputStream in = DefaultTheme.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in == null) {
                    throw new ThemeException("default theme file " + name + " is missing from the classpath", null);
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new ThemeException("cannot read default theme file " + name + ": " + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableMap(files);
    }

    /**
     * Copies the default theme into {@code directory}, keeping files that are already there unless
     * {@code overwrite}. Returns the names of the files written.
     */
    public static List<String> copyTo(Path directory, boolean overwrite) throws ThemeException, OutputDirectoryException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files().entrySet()) {
            Path target = directory.resolve(file.getKey());
            try {
                if (overwrite || !Files.exists(target)) {
                    Files.createDirectories(directory);
                    Files.write(target, file.getValue());
                    written.add(file.getKey());
                }
            } catch (IOException e) {
                throw new OutputDirectoryException(Setting.THEME_DIRECTORY, directory, "cannot write theme file "
                        + target + ": " + e.getMessage(), e);
            }
        }
        return written;
    }

    private static List<String> names() throws ThemeException {
        URL folder = DefaultTheme.class.getClassLoader().getResource(RESOURCE_FOLDER);
        if (folder == null) {
            throw new ThemeException("the default theme (" + RESOURCE_FOLDER + ") is missing from the classpath", null);
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                return namesInJar(((JarURLConnection) folder.openConnection()).getJarFile());
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new ThemeException("cannot list the default theme: " + e.getMessage(), e);
        }
    }

    private static List<String> namesInJar(JarFile jar) {
        List<String> names = new ArrayList<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(RESOURCE_FOLDER) && name.length() > RESOURCE_FOLDER.length()
                    && name.indexOf('/', RESOURCE_FOLDER.length()) < 0) {
                names.add(name.substring(RESOURCE_FOLDER.length()));
            }
        }
        Collections.sort(names);
        return names;
    }
}
