package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.internal.load.BankLoader;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.model.LocalLink;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Check stage for links to course files: each must stay inside the source directory (after symbolic links are
 * followed) and exist. Returns the files to publish; nothing outside the source directory is ever read.
 */
public final class LinkChecker {
    private final Path sourceDirectory;
    private final BankLoader loader;

    /** @param loader knows where the source directory really is, symbolic links followed */
    public LinkChecker(Path sourceDirectory, BankLoader loader) {
        this.sourceDirectory = sourceDirectory;
        this.loader = loader;
    }

    /**
     * Adds the files a quiz links to, as paths relative to the source directory, to {@code assets}.
     *
     * @param links the quiz's links and images: its Markdown ones and those in its raw HTML
     */
    public void check(String quizId, List<LocalLink> links, Report report, Set<String> bankIds, Set<String> assets) {
        Path bankFolder = sourceDirectory.resolve(quizId).getParent();
        for (LocalLink link : links) {
            Path target;
            try {
                target = bankFolder.resolve(link.path()).normalize();
            } catch (InvalidPathException e) {
                report.error(link.position(), "link to '" + link.path() + "' is not a valid file path");
                continue;
            }
            if (!target.startsWith(sourceDirectory) || target.equals(sourceDirectory)) {
                report.error(link.position(), "link to '" + link.path() + "' leaves the source directory;"
                        + " only files inside it are published");
                continue;
            }
            String relative = sourceDirectory.relativize(target).toString().replace('\\', '/');
            if (link.bankLink()) {
                if (!bankIds.contains(relative.substring(0, relative.length() - 3))) {
                    report.error(link.position(), "link to '" + link.path() + "': there is no such bank");
                }
                continue;
            }
            if (!Files.isRegularFile(target)) {
                report.error(link.position(), (link.image() ? "image '" : "linked file '") + link.path()
                        + "' does not exist");
            } else if (!loader.insideAfterLinks(target)) {
                report.error(link.position(), "link to '" + link.path() + "' is a symbolic link that leaves the"
                        + " source directory; only files inside it are published");
            } else {
                assets.add(relative);
            }
        }
    }
}
