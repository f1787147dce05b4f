package dev.mdquiz.generator.internal.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTest {
    @Test
    void bundlesFallBackSubtagBySubtag() {
        assertEquals(List.of("messages.properties", "messages_en.properties"), Language.bundleNames("en"));
        assertEquals(List.of("messages.properties", "messages_pt.properties", "messages_pt_BR.properties"),
                Language.bundleNames("pt-BR"));
        assertEquals(List.of("messages.properties", "messages_zh.properties", "messages_zh_Hant.properties",
                "messages_zh_Hant_TW.properties"), Language.bundleNames("zh-Hant-TW"));
        assertEquals(List.of("messages.properties", "messages_de.properties", "messages_de_DE.properties"),
                Language.bundleNames("de-DE-u-co-phonebk"), "extensions take no part");
        assertEquals(List.of("messages.properties"), Language.bundleNames("x-private"));
    }

    @Test
    void directionFollowsTheScriptSubtagElseTheLanguage() {
        for (String rtl : List.of("ar", "ar-EG", "he", "iw", "fa", "fa-AF", "ur", "ps", "sd", "ug", "yi", "dv", "ckb",
                "az-Arab", "pa-Arab", "uz-Arab-AF", "sr-Hebr")) {
            assertTrue(Language.rightToLeft(rtl), rtl);
        }
        for (String ltr : List.of("en", "de", "fr", "es", "tr", "az", "az-Latn", "ku", "ha", "ja", "zh-Hant-TW",
                "ug-Cyrl", "ks-Deva", "x-private", "not a tag")) {
            assertFalse(Language.rightToLeft(ltr), ltr);
        }
    }
}
