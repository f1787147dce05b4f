package dev.mdquiz.bench.page;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a folder on the loopback interface and records every response: what a page costs on the wire is
 * then the sum over what the browser fetched for it. Bodies go out uncompressed; the gzipped size of each
 * is computed too, as a compressing server would send it.
 */
public final class CountingHttpServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "png", "image/png");

    /** One response: path, status, body bytes as sent and as gzip would send them. */
    public record Response(String path, int status, long bytes, long gzipBytes) {
    }

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Response> responses = new ArrayList<>();

    public CountingHttpServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** Forgets what was served so far and returns it. */
    public synchronized List<Response> drain() {
        List<Response> served = List.copyOf(responses);
        responses.clear();
        return served;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            int status = body == null ? 404 : 200;
            if (body == null) {
                body = "not found".getBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension(file), "text/plain"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            record(new Response(path, status, body.length, gzipSize(body)));
        }
    }

    private synchronized void record(Response response) {
        responses.add(response);
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static long gzipSize(byte[] body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.size();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
