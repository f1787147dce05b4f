package dev.mdquiz.generator.internal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.PreviewServer;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.SourceDirectoryException;
import dev.mdquiz.generator.internal.site.FolderSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A preview: builds the site into its folder, serves that folder over HTTP, watches the sources and the theme,
 * rebuilds when they change and tells open pages (see {@link BuildEvents}). A build with errors keeps the last
 * good pages served and shows its problems on them. Serves nothing outside the folder (see {@link SiteFiles}).
 */
public final class PreviewSession implements AutoCloseable {
    /** Ports tried from the one asked for, when it is taken. */
    static final int PORTS_TRIED = 20;
    private static final Duration PING = Duration.ofSeconds(15);

    /** One build of the preview: {@code QuizGenerator.generate()}, or a test's stand-in. */
    @FunctionalInterface
    public interface Build {
        BuildResult run() throws QuizBuildException;
    }

    private final GeneratorConfig config;
    private final Build build;
    private final PreviewServer.Listener listener;
    private final SiteFiles files;
    private final BuildEvents events = new BuildEvents(HexFormat.of().formatHex(new SecureRandom().generateSeed(8)));
    private final RebuildLoop loop;
    private final SourceWatcher watcher;
    private final ExecutorService requests = Executors.newFixedThreadPool(4, SourceWatcher.daemon("mdquiz-preview-http"));
    private final ScheduledExecutorService pings =
            Executors.newSingleThreadScheduledExecutor(SourceWatcher.daemon("mdquiz-preview-ping"));
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread shutdownHook = new Thread(this::close, "mdquiz-preview-shutdown");
    private volatile OutputStamps stamps = OutputStamps.none();
    private HttpServer server;
    private InetAddress address;
    private URI url;
    private volatile boolean closed;

    public PreviewSession(GeneratorConfig config, Build build, PreviewServer.Listener listener, Duration quiet) {
        this.config = config;
        this.build = build;
        this.listener = listener;
        this.files = new SiteFiles(config.outputDirectory());
        this.loop = new RebuildLoop(quiet, this::rebuild);
        List<Path> roots = new ArrayList<>();
        roots.add(config.sourceDirectory());
        if (config.themeDirectory() != null && !config.themeDirectory().startsWith(config.sourceDirectory())) {
            roots.add(config.themeDirectory());
        }
        List<Path> ignored = new ArrayList<>(new FolderSettings(config).ownFoldersInTheSources());
        ignored.add(config.outputDirectory());
        ignored.add(config.cacheDirectory());
        this.watcher = new SourceWatcher(roots, ignored, loop::changed,
                e -> listener.trouble("watching " + roots + " failed: " + e));
    }

    /**
     * Refuses folders a build would refuse, builds once (a failed build is reported and served as such), then
     * serves and watches. Stops by {@link #close()}, or when the JVM shuts down (Ctrl+C).
     */
    public void start(String host, int port) throws QuizBuildException, IOException {
        new FolderSettings(config).refuseOverlaps();
        if (!Files.isDirectory(config.sourceDirectory())) {
            throw new SourceDirectoryException(config.sourceDirectory(), "source directory {} does not exist", null);
        }
        address = InetAddress.getByName(host);
        try {
            watcher.start(); // before the first build: a change while it runs leads to another
            rebuild();
            server = bind(address, port);
            server.createContext("/", this::handle);
            server.setExecutor(requests);
            server.start();
            url = url(host, server.getAddress().getPort());
            loop.start();
            pings.scheduleAtFixedRate(events::ping, PING.toMillis(), PING.toMillis(), TimeUnit.MILLISECONDS);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public URI url() {
        return url;
    }

    /** Blocks until the preview stops. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Builds, works out what changed on disk, tells the pages and the listener; never throws. */
    private void rebuild() {
        long start = System.nanoTime();
        try {
            BuildResult result = build.run();
            OutputStamps after = OutputStamps.of(config.outputDirectory());
            Set<String> changed = stamps.changedIn(after);
            stamps = after;
            events.built(changed);
            listener.built(result, List.copyOf(changed), since(start));
        } catch (QuizBuildException e) {
            events.failed(BuildState.failed(e));
            listener.failed(e, since(start));
        } catch (RuntimeException e) {
            events.failed(BuildState.failed(e));
            listener.trouble("the build failed unexpectedly: " + e);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static HttpServer bind(InetAddress address, int port) throws IOException {
        int last = port == 0 ? 0 : Math.min(65_535, port + PORTS_TRIED - 1);
        BindException taken = null;
        for (int candidate = port; candidate <= last; candidate++) {
            try {
                return HttpServer.create(new InetSocketAddress(address, candidate), 64);
            } catch (BindException e) {
                taken = e;
            }
        }
        String ports = port == last ? "port " + port : "ports " + port + " to " + last;
        BindException failure = new BindException("cannot listen on " + address.getHostAddress() + ": " + ports
                + (port == last ? " is" : " are") + " taken or not allowed");
        failure.initCause(taken);
        throw failure;
    }

    private URI url(String host, int port) {
        String shown = address.isAnyLocalAddress() ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!allowedHost(exchange.getRequestHeaders().getFirst("Host"))) {
                respond(exchange, 403, "text/plain; charset=utf-8", "This preview answers only to its own address.\n");
                return;
            }
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n");
                return;
            }
            if (ReloadClient.EVENTS_PATH.equals(rawPath) && !head) {
                openEvents(exchange);
                return; // the stream stays open
            }
            long generation = events.generation(); // before reading: a build in between makes the page look older
            SiteFiles.Lookup lookup = files.lookup(rawPath);
            if (lookup instanceof SiteFiles.Found found) {
                serve(exchange, found, generation, head);
            } else if (lookup instanceof SiteFiles.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                respond(exchange, 301, "text/plain; charset=utf-8", "Moved to " + redirect.location() + "\n");
            } else {
                respond(exchange, 404, "text/html; charset=utf-8",
                        ReloadClient.inject(NOT_FOUND, ReloadClient.script(events.session(), generation)));
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
            if (!(e instanceof IOException)) {
                listener.trouble("serving " + exchange.getRequestURI() + " failed: " + e);
            }
        }
    }

    private static final String NOT_FOUND = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">
            <title>Not found: mdquiz preview</title>
            </head>
            <body>
            <main>
            <h1>Not found</h1>
            <p>The preview has no file at this address. <a href="/">Go to the course index</a>.</p>
            </main>
            </body>
            </html>
            """;

    private void openEvents(HttpExchange exchange) throws IOException {
        String session = "";
        long since = 0;
        String query = exchange.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (name.equals("session")) {
                session = value;
            } else if (name.equals("since")) {
                since = number(value);
            }
        }
        String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        if (lastEventId != null && number(lastEventId) > 0) {
            since = number(lastEventId);
        }
        events.open(exchange, session, since);
    }

    private static long number(String text) {
        try {
            return Math.max(0, Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void serve(HttpExchange exchange, SiteFiles.Found found, long generation, boolean head) throws IOException {
        String type = ContentTypes.of(found.name());
        if (!ContentTypes.isHtml(found.name())) {
            stream(exchange, found.file(), type, head); // an asset may be large: not held in memory
            return;
        }
        byte[] body;
        try {
            body = Files.readAllBytes(found.file());
        } catch (IOException e) { // removed by a build since it was looked up
            respond(exchange, 404, "text/plain; charset=utf-8", "Not found.\n");
            return;
        }
        body = ReloadClient.inject(new String(body, StandardCharsets.UTF_8),
                ReloadClient.script(events.session(), generation)).getBytes(StandardCharsets.UTF_8);
        send(exchange, 200, type, body, head);
    }

    private static void stream(HttpExchange exchange, Path file, String type, boolean head) throws IOException {
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(file);
            size = Files.size(file);
        } catch (IOException e) {
            respond(exchange, 404, "text/plain; charset=utf-8", "Not found.\n");
            return;
        }
        try (exchange; in) {
            headers(exchange, type);
            if (head) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String text) throws IOException {
        send(exchange, status, type, text.getBytes(StandardCharsets.UTF_8), exchange.getRequestMethod().equals("HEAD"));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        try (exchange) {
            headers(exchange, type);
            if (head) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length); // 0 would mean chunked
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store"); // a reload must get the new file
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }

    /**
     * On a loopback address, only requests addressed to a loopback name: a web page whose own name was made to
     * point at this machine (DNS rebinding) cannot read the preview. Bound to another address, any.
     */
    private boolean allowedHost(String hostHeader) {
        if (!address.isLoopbackAddress()) {
            return true;
        }
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return host.startsWith("[::1]");
        }
        int colon = host.indexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        return name.equals("localhost") || name.endsWith(".localhost") || name.matches("127(\\.\\d{1,3}){3}");
    }

    /** Stops serving (the port is free when this returns), watching and building. Safe to call more than once. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            events.close();
            if (server != null) {
                server.stop(0);
            }
            watcher.close();
            loop.close();
            pings.shutdownNow();
            requests.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // shutting down already, or never registered
            }
        } finally {
            stopped.countDown();
        }
    }
}
