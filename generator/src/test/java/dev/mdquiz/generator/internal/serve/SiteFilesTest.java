package dev.mdquiz.generator.internal.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Request paths reach the files of the preview folder, and nothing else. */
class SiteFilesTest {
    @TempDir
    Path temp;
    Path root;
    SiteFiles files;

    @BeforeEach
    void site() throws IOException {
        root = temp.resolve("site");
        Files.createDirectories(root.resolve("week-1/img"));
        Files.writeString(root.resolve("index.html"), "index");
        Files.writeString(root.resolve("week-1/index.html"), "week index");
        Files.writeString(root.resolve("week-1/loops.html"), "loops");
        Files.writeString(root.resolve("week-1/img/a b.png"), "png");
        Files.writeString(root.resolve("über uns.html"), "über");
        Files.createDirectories(root.resolve("no-index"));
        Files.writeString(root.resolve("no-index/x.txt"), "x");
        Files.writeString(temp.resolve("secret.txt"), "secret");
        files = new SiteFiles(root);
    }

    private Path found(String rawPath) {
        SiteFiles.Found found = assertInstanceOf(SiteFiles.Found.class, files.lookup(rawPath), rawPath);
        return found.file();
    }

    private void notFound(String rawPath) {
        assertInstanceOf(SiteFiles.NotFound.class, files.lookup(rawPath), rawPath);
    }

    @Test
    void theRootAndFoldersServeTheirIndex() {
        assertEquals(root.resolve("index.html"), found("/"));
        assertEquals(root.resolve("week-1/index.html"), found("/week-1/"));
        assertEquals(root.resolve("index.html"), found("/index.html"));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoThatRelativeLinksWork() {
        assertEquals("/week-1/", assertInstanceOf(SiteFiles.Redirect.class, files.lookup("/week-1")).location());
    }

    @Test
    void noFolderIsListed() {
        notFound("/no-index/");
        notFound("/no-index");
        notFound("/week-1/img/");
    }

    @Test
    void filesAreFoundByTheirEncodedNames() {
        assertEquals(root.resolve("week-1/loops.html"), found("/week-1/loops.html"));
        assertEquals(root.resolve("week-1/img/a b.png"), found("/week-1/img/a%20b.png"));
        assertEquals(root.resolve("über uns.html"), found("/%C3%BCber%20uns.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../secret.txt", "/week-1/../../secret.txt", "/./index.html", "/week-1/..",
            "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/week-1/%2e%2e/%2e%2e/secret.txt", "/.%2e/secret.txt",
            "/..%2fsecret.txt", "/week-1%2f..%2f..%2fsecret.txt", "/week-1%2Floops.html",
            "/..\\secret.txt", "/%5c..%5csecret.txt", "/week-1\\loops.html", "/%2e%2e%5csecret.txt",
            "//etc/passwd", "/" + "/secret.txt", "/week-1//loops.html",
            "/C:/Windows/win.ini", "/c%3a/x", "/index.html%00.txt",
            "/%zz", "/%", "/%c3", "/%ff%fe",
            "/missing.html", "/week-1/loops.html/", "relative.html", ""})
    void pathsThatLeaveTheFolderOrNameNothingFindNothing(String rawPath) {
        notFound(rawPath);
    }

    @Test
    void symbolicLinksLeadingOutFindNothing() throws IOException {
        Files.createDirectories(temp.resolve("outside"));
        Files.writeString(temp.resolve("outside/index.html"), "outside");
        Files.createSymbolicLink(root.resolve("out.html"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("out-folder"), temp.resolve("outside"));
        notFound("/out.html");
        notFound("/out-folder/index.html");
        notFound("/out-folder/");
        notFound("/out-folder");
        // a link that stays inside is followed
        Files.createSymbolicLink(root.resolve("alias.html"), root.resolve("week-1/loops.html"));
        assertEquals(root.resolve("alias.html"), found("/alias.html"));
    }

    @Test
    void aMissingFolderFindsNothing() {
        assertInstanceOf(SiteFiles.NotFound.class, new SiteFiles(temp.resolve("not-built-yet")).lookup("/"));
    }

    @Test
    void relativePathsAreDecodedOnce() {
        assertEquals(Optional.of("a%2e.html"), SiteFiles.relativePath("/a%252e.html"));
        assertEquals(Optional.of("a+b.html"), SiteFiles.relativePath("/a+b.html"));
        assertEquals(Optional.of(""), SiteFiles.relativePath("/"));
        assertEquals(Optional.of("week-1"), SiteFiles.relativePath("/week-1/"));
    }

    @ParameterizedTest
    @CsvSource({
            "index.html, text/html; charset=utf-8",
            "PAGE.HTM, text/html; charset=utf-8",
            "quiz.css, text/css; charset=utf-8",
            "app.js, text/javascript; charset=utf-8",
            "data.json, application/json; charset=utf-8",
            "notes.txt, text/plain; charset=utf-8",
            "table.csv, text/csv; charset=utf-8",
            "diagram.svg, image/svg+xml; charset=utf-8",
            "photo.png, image/png",
            "photo.jpg, image/jpeg",
            "photo.JPEG, image/jpeg",
            "anim.gif, image/gif",
            "photo.webp, image/webp",
            "handout.pdf, application/pdf",
            ".nojekyll, application/octet-stream",
            "CNAME, application/octet-stream",
            "archive.unknown, application/octet-stream",
            "trailing., application/octet-stream"})
    void contentTypesGoByExtension(String name, String type) {
        assertEquals(type, ContentTypes.of(name));
    }
}
