package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module exports only {@code dev.mdquiz.generator} and its model, and nothing public there names a type of an
 * internal package: what the API returns or takes, a caller can use.
 */
class PublicApiTest {

    @Test
    void theModuleExportsOnlyThePublicPackage() throws Exception {
        Path descriptor = classesRoot().resolve("module-info.class");
        ModuleDescriptor module = ModuleDescriptor.read(Files.newInputStream(descriptor));
        assertEquals("dev.mdquiz.generator", module.name());
        assertEquals(Set.of("dev.mdquiz.generator", "dev.mdquiz.generator.model"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void noPublicSignatureNamesAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicClasses()) {
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() == type) {
                    check(type, method, method.getGenericReturnType(), leaks);
                    checkParameters(type, method, leaks);
                }
            }
            for (Executable constructor : type.getConstructors()) {
                checkParameters(type, constructor, leaks);
            }
            for (Field field : type.getFields()) {
                check(type, field, field.getGenericType(), leaks);
            }
        }
        assertEquals(List.of(), leaks);
    }

    private static void checkParameters(Class<?> type, Executable executable, List<String> leaks) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            check(type, executable, parameter, leaks);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            check(type, executable, thrown, leaks);
        }
    }

    private static void check(Class<?> type, Object member, Type used, List<String> leaks) {
        if (used.getTypeName().contains(".internal.")) {
            leaks.add(type.getSimpleName() + ": " + member + " uses " + used.getTypeName());
        }
    }

    private static List<Class<?>> publicClasses() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        for (String exported : List.of("dev.mdquiz.generator", "dev.mdquiz.generator.model")) {
            try (Stream<Path> files = Files.list(classesRoot().resolve(exported.replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    Class<?> type = Class.forName(exported + "." + file.getFileName().toString().replace(".class", ""));
                    if (Modifier.isPublic(type.getModifiers())) {
                        classes.add(type);
                    }
                }
            }
        }
        assertTrue(classes.contains(QuizGenerator.class) && classes.contains(dev.mdquiz.generator.model.Quiz.class),
                "found the API's classes");
        return classes;
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(QuizGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
