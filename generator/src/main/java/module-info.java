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
    // quiz:serve's file watching; the jar names no module, so it is known by its file name (the compiler warns of
    // that): should a later version name its module, this line follows
    requires directory.watcher;
    requires org.slf4j;

    exports dev.mdquiz.generator;
}
