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
    requires jdk.httpserver;
    requires directory.watcher; // no module name of its own: named after its jar
    requires org.slf4j;

    exports dev.mdquiz.generator;
}
