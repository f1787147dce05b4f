package dev.mdquiz.generator.internal.write;

/**
 * A file of the site, with what it is made from.
 *
 * @param path      relative to the output folder, forward slashes
 * @param inputHash changes whenever anything the content depends on changes; equal hashes mean equal content.
 *                  Null for a file {@linkplain #contentAddressed addressed by its content}
 * @param content   makes the content; only called when the file must be (re)written
 * @param last      produced after every other file, whose results it may use (the index, from the pages)
 */
public record OutputFile(String path, String inputHash, Content content, boolean last) {

    public OutputFile(String path, String inputHash, Content content) {
        this(path, inputHash, content, false);
    }

    public static OutputFile afterOthers(String path, String inputHash, Content content) {
        return new OutputFile(path, inputHash, content, true);
    }

    /**
     * A file cheaper to make than to name its inputs (the teachers' keys): it is produced on every build, once, on
     * all cores with the pages, and its hash is that of its bytes, so an unchanged one is still left alone.
     */
    public static OutputFile contentAddressed(String path, Content content) {
        return new OutputFile(path, null, content, false);
    }

    public boolean isContentAddressed() {
        return inputHash == null;
    }

    /** Renders or reads the file's bytes. */
    @FunctionalInterface
    public interface Content {
        byte[] produce() throws Exception;
    }
}
