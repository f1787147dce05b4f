package dev.mdquiz.generator.internal.render;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a page's BCP 47 language tag decides: which message bundles it reads, and its writing direction. */
final class Language {
    /** Scripts written right to left (ISO 15924), for tags that name their script: {@code az-Arab}, {@code ks-Arab}. */
    private static final Set<String> RTL_SCRIPTS = Set.of("Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo",
            "Rohg", "Samr", "Syrc", "Thaa", "Yezi");
    /** Languages whose usual script is written right to left (CLDR likely subtags), for tags without a script. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "azb", "bal", "bqi", "ckb", "dv", "fa",
            "glk", "he", "iw", "khw", "ks", "lrc", "mzn", "nqo", "pnb", "prs", "ps", "sd", "skr", "syr", "ug", "ur",
            "yi", "ji");

    private Language() {
    }

    /**
     * Bundle names from least to most specific: {@code pt-BR} reads {@code messages.properties}, then
     * {@code messages_pt.properties}, then {@code messages_pt_BR.properties}, each later one winning key by key.
     */
    static List<String> bundleNames(String tag) {
        List<String> names = new ArrayList<>();
        names.add("messages.properties");
        String suffix = "";
        for (String subtag : tag.split("-")) {
            if (subtag.length() <= 1) {
                break; // extensions (-u-, -t-) and private use (-x-) take no part in fallback
            }
            suffix += "_" + subtag;
            names.add("messages" + suffix + ".properties");
        }
        return names;
    }

    /** Whether text in this language runs right to left: by its script subtag if it has one, else by language. */
    static boolean rightToLeft(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return false;
        }
        if (!locale.getScript().isEmpty()) {
            return RTL_SCRIPTS.contains(locale.getScript());
        }
        return RTL_LANGUAGES.contains(locale.getLanguage());
    }
}
