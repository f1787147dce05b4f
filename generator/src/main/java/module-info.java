/**
 * mdquiz's generator: {@code dev.mdquiz.generator} is its public API (configuration, the generator, results,
 * diagnostics, exceptions); everything under {@code dev.mdquiz.generator.internal} may change without notice.
 */
module dev.mdquiz.generator {
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires freemarker;
    requires org.snakeyaml.engine.v2;
    requires org.jsoup;

    exports dev.mdquiz.generator;
}
