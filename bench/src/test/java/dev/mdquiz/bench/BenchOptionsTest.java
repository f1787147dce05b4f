package dev.mdquiz.bench;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchOptionsTest {
    @Test
    void suitesAreNamedAsTheReadmeWritesThem() {
        assertEquals(EnumSet.of(BenchOptions.Suite.IN_PROCESS, BenchOptions.Suite.KEY_COST),
                BenchOptions.parse("suites=in-process,Key-Cost").suites());
    }

    @Test
    void anUnknownSuiteIsNamedWithTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse("suites=maven,parse-floor"));
        assertTrue(e.getMessage().startsWith("suites: no suite 'parse-floor'; the suites are [in-process, key-cost"),
                e.getMessage());
    }
}
