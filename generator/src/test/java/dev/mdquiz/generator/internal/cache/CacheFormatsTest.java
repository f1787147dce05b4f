package dev.mdquiz.generator.internal.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheFormatsTest {
    @Test
    void aManifestReadsBackWhateverItsPathsHold() {
        Manifest manifest = new Manifest();
        String[] paths = {"index.html", "über uns/50% off.html", "a b/c  d.html", "line\nbreak\r.html", "%0A.html",
                "trailing space .html"};
        long size = 1;
        for (String path : paths) {
            manifest.put(path, new Manifest.Entry("f".repeat(64), size, 1_795_921_362_998L + size));
            size *= 7;
        }
        Manifest read = CacheFormats.manifest(CacheFormats.manifest(manifest)).orElseThrow();
        assertEquals(entries(manifest), entries(read));
    }

    @Test
    void anythingElseIsNoManifest() {
        for (String body : new String[] {"files:\n  index.html: {input: x, size: 1, modified: 2}\n",
                "abc 1 2\n", "abc one 2 index.html\n", "abc 1 2 bad%escape.html\n", "abc 1 2 end%2\n"}) {
            assertEquals(Optional.empty(), CacheFormats.manifest(body).map(CacheFormatsTest::entries), body);
        }
        assertTrue(CacheFormats.manifest("").orElseThrow().entries().isEmpty(), "no file written is a manifest");
    }

    @Test
    void storingAManifestRemovesTheYamlOneItReplaces(@TempDir Path cache) throws Exception {
        Path legacy = cache.resolve("manifests/site.yaml");
        Files.createDirectories(legacy.getParent());
        Files.writeString(legacy, "# mdquiz manifest v2 sha256:0\nfiles: {}\n");
        Manifest manifest = new Manifest();
        manifest.put("index.html", new Manifest.Entry("a".repeat(64), 10, 20));
        BuildCache.open(cache).storeManifest("site", manifest);
        assertFalse(Files.exists(legacy));
        assertEquals(entries(manifest), entries(BuildCache.open(cache).manifest("site")));
    }

    private static Map<String, Manifest.Entry> entries(Manifest manifest) {
        return new TreeMap<>(manifest.entries());
    }
}
