/**
 * mdquiz's generator. Its public API: {@code dev.mdquiz.generator} (configuration, the generator, results,
 * diagnostics, exceptions) and {@code dev.mdquiz.generator.model} (the checked course that
 * {@code QuizGenerator.read()} returns, parts as commonmark trees); everything under
 * {@code dev.mdquiz.generator.internal} may change without notice.
 */
module dev.mdquiz.generator {
    requires transitive org.commonmark; // the model's parts are commonmark trees
    requires org.commonmark.ext.gfm.tables;
    requires freemarker;
    requires org.snakeyaml.engine.v2;
    requires org.jsoup;

    exports dev.mdquiz.generator;
    exports dev.mdquiz.generator.model;
}
