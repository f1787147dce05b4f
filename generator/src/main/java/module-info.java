/**
 * mdquiz's generator. Its public API: {@code dev.mdquiz.generator} (configuration, the generator, the preview server,
 * results, diagnostics, exceptions) and {@code dev.mdquiz.generator.model} (the checked course that
 * {@code QuizGenerator.read()} returns, parts as commonmark trees); everything under
 * {@code dev.mdquiz.generator.internal} may change without notice.
 */
module dev.mdquiz.generator {
    requires transitive org.commonmark; // the model's parts are commonmark trees
    requires org.commonmark.ext.gfm.tables;
    requires freemarker;
    requires org.snakeyaml.engine.v2;
    requires org.jsoup;
    requires jdk.httpserver;
    // quiz:serve's file watching; the jar names no module, so it is known by its file name (the compiler warns of
    // that): should a later version name its module, this line follows
    requires directory.watcher;
    requires org.slf4j;
    requires org.graalvm.polyglot; // Temml, TeX to MathML, runs in GraalJS at build time
    requires java.xml; // Moodle XML, QTI and SCORM exports

    exports dev.mdquiz.generator;
    exports dev.mdquiz.generator.model;
}
