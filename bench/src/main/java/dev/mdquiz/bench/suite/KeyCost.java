package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.report.Section;
import dev.mdquiz.generator.GeneratorConfig;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Throughput at the default and the cheapest key-stretching cost. The setting does not exist yet; this looks
 * for it on {@link GeneratorConfig.Builder} by name, so the row says what it found instead of failing to
 * compile when the setting lands. Once it does, {@link #measureWith(Method)} is the place to wire the two
 * measurements (the setting's type and its cheapest value are not known here).
 */
public final class KeyCost {
    static final List<String> SETTING_NAMES = List.of("keyStretching", "keyCost");

    private KeyCost() {
    }

    public static Section run() {
        List<Method> settings = Arrays.stream(GeneratorConfig.Builder.class.getMethods())
                .filter(m -> SETTING_NAMES.contains(m.getName()))
                .toList();
        String found = settings.stream().map(KeyCost::signature).collect(Collectors.joining(", "));
        // other key settings on the builder, so the report shows what the lead could wire instead
        List<String> related = Arrays.stream(GeneratorConfig.Builder.class.getMethods())
                .filter(m -> m.getName().toLowerCase(java.util.Locale.ROOT).contains("key") && !settings.contains(m))
                .map(KeyCost::signature).sorted().toList();
        String row = settings.isEmpty()
                ? "n/a (no key-stretching setting in GeneratorConfig yet)"
                : measureWith(settings.get(0));
        return new Section("keyCost", "Key cost (answer-key stretching)", List.of("throughput at default vs cheapest cost"),
                List.of(List.of(row)),
                List.of("looked for GeneratorConfig.Builder methods named " + SETTING_NAMES + ": "
                                + (settings.isEmpty() ? "none found" : "found " + found),
                        "other builder methods about keys: " + (related.isEmpty() ? "none" : String.join(", ", related))),
                Map.of("available", false, "methodsFound", settings.stream().map(KeyCost::signature).toList(),
                        "relatedMethods", related, "row", row));
    }

    private static String measureWith(Method setting) {
        return "n/a (found " + signature(setting) + "; not wired into the benchmark yet)";
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
