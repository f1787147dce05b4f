package dev.mdquiz.generator.internal.site;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;

/**
 * What changes whenever a file's content does, read without reading the content: its size, modification time
 * and identity, and where the file system keeps one, its change time, which a program cannot set back as it can
 * the modification time. Symbolic links are followed.
 *
 * @param changed null where the file system keeps no change time
 * @param key     the file's identity (device and inode), so a file replaced by another shows; null where unknown
 */
record FileStamp(long size, FileTime modified, FileTime changed, Object key) {
    /**
     * Longer than the coarsest time stamps (FAT keeps 2 s) and the clock skew of a network file system: a file
     * whose times are older than this before it was stamped gets newer ones from any later write.
     */
    static final Duration SETTLED = Duration.ofSeconds(10);
    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    static FileStamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        FileTime changed = UNIX ? (FileTime) Files.getAttribute(file, "unix:ctime") : null;
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), changed, attributes.fileKey());
    }

    /**
     * Whether the file was written so shortly before {@code stampedAfter} that a later write could leave its times
     * as they are: an equal stamp then proves nothing, and only its content tells.
     */
    boolean recentAt(FileTime stampedAfter) {
        long settledBefore = stampedAfter.toMillis() - SETTLED.toMillis();
        return modified.toMillis() > settledBefore || changed != null && changed.toMillis() > settledBefore;
    }
}
