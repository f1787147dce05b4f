package dev.mdquiz.generator.internal.key;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.internal.cache.BuildCache;

/**
 * How answer keys are made.
 *
 * @param secret           mixed into every salt; empty for none
 * @param textIterations   PBKDF2 iterations for fill-in and numeric keys, whose guess space is a dictionary or a
 *                         number line; 0 or 1 means one plain salted SHA-256
 * @param choiceIterations the same for choice, ordering and matching keys, whose responses can be listed
 * @param cache            where stretched keys are kept between builds; null for no cache
 */
public record KeyOptions(String secret, int textIterations, int choiceIterations, BuildCache cache) {

    public static KeyOptions of(GeneratorConfig config, BuildCache cache) {
        return new KeyOptions(config.keySecret(), config.keyIterations(), config.choiceKeyIterations(), cache);
    }
}
