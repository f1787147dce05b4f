package dev.mdquiz.generator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview over real HTTP on loopback, without a browser: what it serves, what it refuses, the build events
 * an edit, a broken bank and its fix send, and a port that is free as soon as the preview stops.
 */
class PreviewServerTest {
    private static final String BANK = """
            # Loops

            **1.** Which loop runs at least once?

            - [x] do-while
            - [ ] while
            """;

    @TempDir
    Path project;
    private final List<PreviewServer> started = new ArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<List<String>> warnings = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(PreviewServer::close);
    }

    private Path source() {
        return project.resolve("src/quiz");
    }

    private GeneratorConfig.Builder config(String site, String cache) {
        return GeneratorConfig.builder(source(), project.resolve("target").resolve(site))
                .displayRoot(project)
                .buildDirectory(project.resolve("target"))
                .cacheDirectory(project.resolve("target").resolve(cache))
                .themeDirectory(project.resolve("src/quiz-theme"))
                .siteTitle("Course")
                .keyIterations(0);
    }

    private PreviewServer start(int port) throws Exception {
        PreviewServer preview = PreviewServer.builder(config("quiz-preview", "quiz-preview-cache").build())
                .port(port)
                .quietPeriod(Duration.ofMillis(30))
                .listener(new PreviewServer.Listener() {
                    @Override
                    public void built(BuildResult result, List<String> changed, Duration took) {
                        log.add("built " + changed);
                        warnings.add(result.warnings().stream().map(Diagnostic::toString).toList());
                    }

                    @Override
                    public void failed(QuizBuildException failure, Duration took) {
                        log.add("failed " + failure.getMessage());
                    }

                    @Override
                    public void trouble(String message) {
                        log.add("trouble " + message);
                    }
                })
                .start();
        started.add(preview);
        return preview;
    }

    private void bank(String path, String text) throws IOException {
        Path file = source().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void servesThePreviewWithTheReloadScriptWhileTheFilesOnDiskAreGeneratesOwn() throws Exception {
        bank("week-1/loops.md", BANK);
        bank("intro.md", BANK.replace("Loops", "Intro"));
        PreviewServer preview = start(0);
        assertEquals(List.of("built [.nojekyll, index.html, intro.html, week-1/loops.html]"), log);

        Response index = Http.get(preview, "/");
        assertEquals(200, index.status());
        assertEquals("text/html; charset=utf-8", index.header("content-type"));
        assertEquals("no-store", index.header("cache-control"));
        assertTrue(index.text().contains("new EventSource('/__mdquiz/events?session="), "the reload script is served");
        assertTrue(index.text().indexOf("<script>(function () {") < index.text().lastIndexOf("</body>"));

        Path published = project.resolve("target/quiz-site");
        new QuizGenerator(config("quiz-site", "quiz-site-cache").build()).generate();
        Path previewed = project.resolve("target/quiz-preview");
        assertEquals(files(published), files(previewed), "the preview's files are generate's, byte for byte");
        assertFalse(Files.readString(previewed.resolve("index.html")).contains("EventSource"));
        assertFalse(Files.exists(project.resolve("target/quiz-site-cache/manifests/preview.txt")));
        assertTrue(Files.isDirectory(project.resolve("target/quiz-preview-cache")), "the preview keeps its own cache");

        Response page = Http.get(preview, "/week-1/loops.html");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("Which loop runs at least once?"));
        assertEquals(404, Http.get(preview, "/week-1/").status(), "a folder without an index.html is not listed");
        assertEquals("application/octet-stream", Http.get(preview, "/.nojekyll").header("content-type"));
    }

    @Test
    void afterEditsFailuresAndFixesThePreviewIsStillWhatGenerateWrites() throws Exception {
        bank("week-1/loops.md", BANK);
        bank("week-1/maps.md", BANK.replace("Loops", "Maps").replace("Which loop", "Which map"));
        bank("week-2/sets.md", BANK.replace("Loops", "Sets").replace("Which loop", "Which set"));
        PreviewServer preview = start(0);
        try (Events events = Events.open(preview, Http.get(preview, "/").text())) {
            bank("week-1/maps.md", BANK.replace("Loops", "Maps and dictionaries").replace("Which loop", "Which map"));
            events.next(e -> e.contains("maps.html"));
            bank("week-2/sets.md", BANK.replace("[x]", "[ ]"));
            events.next(e -> e.contains("\"ok\":false"));
            bank("week-2/sets.md", BANK.replace("Loops", "Sets").replace("Which loop", "Which kind of set"));
            events.next(e -> e.contains("sets.html"));
            Files.delete(source().resolve("week-1/loops.md"));
            events.next(e -> e.contains("loops.html"));
            bank("week-2/more.md", BANK.replace("Loops", "More").replace("Which loop", "Which more"));
            events.next(e -> e.contains("more.html"));
        }
        new QuizGenerator(config("quiz-site", "quiz-site-cache").build()).generate();
        assertEquals(files(project.resolve("target/quiz-site")), files(project.resolve("target/quiz-preview")));
    }

    /** Every file under {@code folder} with its bytes, by relative path. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void refusesWhatLeavesThePreviewFolderAndWhatIsNotAskedOfItsOwnAddress() throws Exception {
        bank("loops.md", BANK);
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/secret.txt"), "secret");
        Files.createSymbolicLink(project.resolve("target/quiz-preview-link"), project.resolve("target"));
        PreviewServer preview = start(0);
        Files.createSymbolicLink(project.resolve("target/quiz-preview/out"), project.resolve("target"));
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%5csecret.txt",
                "/out/secret.txt", "//" + project.resolve("target/secret.txt"), "/loops.html/", "/missing.png")) {
            Response response = Http.get(preview, path);
            assertEquals(404, response.status(), path);
            assertFalse(response.text().contains("secret"), path);
        }
        assertEquals(403, Http.request(preview, "GET / HTTP/1.1\r\nHost: attacker.example:8000\r\n").status());
        assertEquals(405, Http.request(preview, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n").status());
        Response head = Http.request(preview, "HEAD /loops.html HTTP/1.1\r\nHost: localhost\r\n");
        assertEquals(200, head.status());
        assertEquals("", head.text());
    }

    @Test
    void anEditRebuildsAndTellsOpenPagesWhichFilesChanged() throws Exception {
        bank("week-1/loops.md", BANK);
        bank("week-1/maps.md", BANK.replace("Loops", "Maps"));
        bank("week-2/sets.md", BANK.replace("Loops", "Sets"));
        PreviewServer preview = start(0);
        try (Events events = Events.open(preview, Http.get(preview, "/week-1/loops.html").text())) {
            bank("week-1/loops.md", BANK.replace("Which loop", "Which kind of loop"));
            String built = events.next(e -> e.contains("\"ok\":true"));
            // its page, its neighbour (maps, whose previous link shows its title: unchanged here) and the index
            assertTrue(built.contains("\"week-1/loops.html\""), built);
            assertTrue(built.contains("\"index.html\""), built);
            assertFalse(built.contains("sets.html"), built);
            assertTrue(Http.get(preview, "/week-1/loops.html").text().contains("Which kind of loop"));

            bank("week-1/loops.md", BANK.replace("- [x] do-while", "- [ ] do-while"));
            String failed = events.next(e -> e.contains("\"ok\":false"));
            assertTrue(failed.contains("\"where\":\"src/quiz/week-1/loops.md:"), failed);
            assertTrue(failed.contains("no correct option"), failed);
            assertTrue(Http.get(preview, "/week-1/loops.html").text().contains("Which kind of loop"),
                    "the last good page stays served");

            // a page opened now learns of the failure as it connects
            try (Events late = Events.open(preview, Http.get(preview, "/week-1/maps.html").text())) {
                assertTrue(late.next(e -> true).contains("\"ok\":false"));
            }

            bank("week-1/loops.md", BANK.replace("Which loop", "Which sort of loop"));
            String fixed = events.next(e -> e.contains("\"ok\":true"));
            assertTrue(fixed.contains("\"week-1/loops.html\""), fixed);
        }
        assertTrue(log.stream().anyMatch(line -> line.startsWith("failed 1 error")), log.toString());
    }

    @Test
    void aPageServedBeforeABuildItMissedHearsOfItWhenItConnects() throws Exception {
        bank("loops.md", BANK);
        PreviewServer preview = start(0);
        String page = Http.get(preview, "/loops.html").text();
        bank("loops.md", BANK.replace("Which loop", "Which kind of loop"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (log.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        try (Events events = Events.open(preview, page)) {
            assertTrue(events.next(e -> true).contains("\"loops.html\""));
        }
    }

    @Test
    void takenPortsAreSkippedAndTheOneUsedIsFreeAsSoonAsThePreviewStops() throws Exception {
        bank("loops.md", BANK);
        int port;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = taken.getLocalPort();
            PreviewServer preview = start(port);
            assertTrue(preview.url().getPort() > port && preview.url().getPort() < port + 20, preview.url().toString());
            assertEquals("http://127.0.0.1:" + preview.url().getPort() + "/", preview.url().toString());
            try (Events events = Events.open(preview, Http.get(preview, "/").text())) {
                long start = System.nanoTime();
                preview.close();
                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "stops within a second");
                try (ServerSocket again = new ServerSocket()) {
                    again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), preview.url().getPort()));
                }
            }
        }
    }

    @Test
    void aMissingSourceFolderOrOverlappingFoldersAreRefusedBeforeServing() throws Exception {
        assertThrows(SourceDirectoryException.class, () -> start(0));
        bank("loops.md", BANK);
        GeneratorConfig inside = GeneratorConfig.builder(source(), source().resolve("preview")).build();
        assertThrows(OverlappingFoldersException.class, () -> PreviewServer.builder(inside).port(0).start());
    }

    @Test
    void aFailedFirstBuildStillServesAndShowsWhy() throws Exception {
        bank("loops.md", BANK.replace("[x]", "[ ]"));
        PreviewServer preview = start(0);
        Response missing = Http.get(preview, "/");
        assertEquals(404, missing.status());
        try (Events events = Events.open(preview, missing.text())) {
            assertTrue(events.next(e -> true).contains("no correct option"));
            bank("loops.md", BANK);
            String built = events.next(e -> e.contains("\"ok\":true"));
            assertTrue(built.contains("\"index.html\""), built);
        }
        assertEquals(200, Http.get(preview, "/").status());
    }

    @Test
    void aThemeFolderCreatedWhileServingIsWatchedAndRebuildsEveryPage() throws Exception {
        bank("loops.md", BANK);
        PreviewServer preview = start(0);
        try (Events events = Events.open(preview, Http.get(preview, "/loops.html").text())) {
            Path theme = project.resolve("src/quiz-theme");
            Files.createDirectories(theme);
            Files.writeString(theme.resolve("messages.properties"), "check=Try it\n");
            // every page is rendered again; the quiz page shows the new label, the index has none and stays as it was
            events.next(e -> e.contains("\"loops.html\""));
            assertTrue(Http.get(preview, "/loops.html").text().contains("Try it"));
        }
    }

    @Test
    void warningsOfBanksKeptFromEarlierBuildsAreReportedOnceEachBuild() throws Exception {
        bank("a.md", BANK);
        bank("b.md", BANK.replace("Loops", "Again")); // the same question text: a warning on b.md
        bank("c.md", BANK.replace("Loops", "Other").replace("Which loop", "Which other"));
        PreviewServer preview = start(0);
        try (Events events = Events.open(preview, Http.get(preview, "/").text())) {
            for (int i = 1; i <= 3; i++) {
                bank("c.md", BANK.replace("Loops", "Other " + i).replace("Which loop", "Which other"));
                events.next(e -> e.contains("c.html"));
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (warnings.size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(10); // the listener hears of a build just after the pages do
        }
        assertEquals(4, warnings.size(), log.toString());
        for (List<String> build : warnings) {
            assertEquals(1, build.size(), build.toString());
            assertTrue(build.get(0).startsWith("src/quiz/b.md:3:1: warning: question 1 repeats the text"), build.get(0));
        }
    }

    @Test
    void aThemeErrorShowsLikeABankErrorAndGoesWhenTheThemeIsFixed() throws Exception {
        bank("loops.md", BANK);
        Path theme = project.resolve("src/quiz-theme");
        Files.createDirectories(theme);
        PreviewServer preview = start(0);
        try (Events events = Events.open(preview, Http.get(preview, "/loops.html").text())) {
            Files.writeString(theme.resolve("quiz.ftlh"), "<#if unclosed>\n");
            String failed = events.next(e -> e.contains("\"ok\":false"));
            assertTrue(failed.contains("quiz.ftlh"), failed);
            assertTrue(failed.contains("\"where\":null"), failed);
            assertTrue(failed.contains("(check themeDirectory)"), failed);
            assertEquals(200, Http.get(preview, "/loops.html").status(), "the last good pages stay served");
            Files.delete(theme.resolve("quiz.ftlh"));
            events.next(e -> e.contains("\"ok\":true"));
        }
        assertTrue(log.stream().anyMatch(line -> line.startsWith("failed ") && line.contains("quiz.ftlh")), log.toString());
    }

    @Test
    void assetsAreServedWithTheirTypeAndEmptyFilesWithoutABody() throws Exception {
        bank("loops.md", BANK + "\n![A diagram](img/diagram.png)\n");
        Files.createDirectories(source().resolve("img"));
        byte[] png = new byte[200_000];
        png[0] = (byte) 0x89;
        Files.write(source().resolve("img/diagram.png"), png);
        PreviewServer preview = start(0);
        Response image = Http.get(preview, "/img/diagram.png");
        assertEquals(200, image.status());
        assertEquals("image/png", image.header("content-type"));
        assertEquals("200000", image.header("content-length"));
        Response empty = Http.get(preview, "/.nojekyll");
        assertEquals(200, empty.status());
        assertEquals("", empty.text());
    }

    /** A response read off a raw socket, so that paths go out exactly as written. */
    record Response(int status, Map<String, String> headers, String text) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    static final class Http {
        static Response get(PreviewServer preview, String rawPath) throws IOException {
            return request(preview, "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + preview.url().getPort() + "\r\n");
        }

        static Response request(PreviewServer preview, String head) throws IOException {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), preview.url().getPort())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                byte[] all = socket.getInputStream().readAllBytes();
                String text = new String(all, StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                String[] lines = text.substring(0, end).split("\r\n");
                Map<String, String> headers = new TreeMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
                return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
            }
        }
    }

    /** An open page's event stream: the {@code data} of each build event, as they come. */
    static final class Events implements AutoCloseable {
        private final Socket socket;
        private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

        private Events(Socket socket) {
            this.socket = socket;
        }

        /** Connects as the script in {@code page} would: with its session and the generation it was served after. */
        static Events open(PreviewServer preview, String page) throws IOException {
            java.util.regex.Matcher script = java.util.regex.Pattern
                    .compile("var session = '([0-9a-f]+)', generation = (\\d+);").matcher(page);
            assertTrue(script.find(), "the page has the reload script");
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), preview.url().getPort());
            socket.getOutputStream().write(("GET /__mdquiz/events?session=" + script.group(1) + "&since="
                    + script.group(2) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            Events events = new Events(socket);
            Thread reader = new Thread(() -> events.read(socket), "test-event-reader");
            reader.setDaemon(true);
            reader.start();
            return events;
        }

        private void read(Socket socket) {
            try (InputStream in = socket.getInputStream();
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        data.add(line.substring("data: ".length()));
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }

        /** The next event's data that {@code wanted} accepts, skipping others; fails after 15 s. */
        String next(java.util.function.Predicate<String> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (true) {
                String event = data.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertNotNull(event, "a build event within 15 s");
                if (wanted.test(event)) {
                    return event;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void theBytesOfAPageAreServedAsTheyAreBeyondTheScript() throws Exception {
        bank("loops.md", BANK);
        PreviewServer preview = start(0);
        String served = Http.get(preview, "/loops.html").text();
        String onDisk = Files.readString(project.resolve("target/quiz-preview/loops.html"));
        String withoutScript = served.replaceFirst("<script>\\(function \\(\\) \\{[\\s\\S]*?\\}\\)\\(\\);\n</script>\n", "")
                .replaceFirst(" 'sha256-[A-Za-z0-9+/=]+'(?=; base-uri)", "");
        assertArrayEquals(onDisk.getBytes(StandardCharsets.UTF_8), withoutScript.getBytes(StandardCharsets.UTF_8));
    }
}
