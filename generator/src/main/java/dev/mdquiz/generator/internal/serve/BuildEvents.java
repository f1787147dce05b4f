package dev.mdquiz.generator.internal.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server-sent event stream that open pages listen to. Each good build is numbered (its generation, sent as
 * the event id) and remembered with the files it changed, so that a page that connects, or reconnects, after a
 * build it missed still hears of it: it names the generation it was served after, and is told every file changed
 * since. A failed build is sent to every page, and again to each page that connects until a good build.
 */
final class BuildEvents implements AutoCloseable {
    /** Builds remembered; a page older than that reloads. */
    private static final int HISTORY = 200;

    private record Build(long generation, Set<String> changed) {
    }

    private final String session;
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final Deque<Build> history = new ArrayDeque<>();
    private long generation;
    private String failure;
    private boolean closed;

    BuildEvents(String session) {
        this.session = session;
    }

    String session() {
        return session;
    }

    synchronized long generation() {
        return generation;
    }

    /** Records a good build and tells every page; returns its generation. */
    long built(Set<String> changed) {
        String event;
        long number;
        synchronized (this) {
            number = ++generation;
            history.addLast(new Build(number, Set.copyOf(changed)));
            while (history.size() > HISTORY) {
                history.removeFirst();
            }
            failure = null;
            event = event(number, BuildState.built(number, new TreeSet<>(changed)));
        }
        broadcast(event);
        return number;
    }

    /** Tells every page, and every page that connects until the next good build, what failed. */
    void failed(String failureJson) {
        String event;
        synchronized (this) {
            failure = failureJson;
            event = event(-1, failureJson);
        }
        broadcast(event);
    }

    /**
     * Keeps {@code exchange} open as an event stream.
     *
     * @param pageSession the session the page was served by; another one (a restarted server) reloads it
     * @param since       the generation the page was served after, or the last event id it received
     */
    void open(HttpExchange exchange, String pageSession, long since) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        StringBuilder first = new StringBuilder("retry: 500\n\n");
        synchronized (this) {
            if (closed) {
                exchange.close();
                return;
            }
            Set<String> missed = new TreeSet<>();
            if (!session.equals(pageSession) || since < generation && (history.isEmpty()
                    || since < history.getFirst().generation() - 1)) {
                missed.add("*");
            } else {
                history.stream().filter(build -> build.generation() > since).forEach(build -> missed.addAll(build.changed()));
            }
            if (!missed.isEmpty()) {
                first.append(event(generation, BuildState.built(generation, missed)));
            }
            if (failure != null) {
                first.append(event(-1, failure));
            }
            clients.add(out);
        }
        send(out, first.toString());
    }

    /** A comment every page ignores: finds closed pages, and keeps proxies from closing idle streams. */
    void ping() {
        broadcast(": ping\n\n");
    }

    private static String event(long id, String json) {
        return "event: build\n" + (id >= 0 ? "id: " + id + "\n" : "") + "data: " + json + "\n\n";
    }

    private void broadcast(String event) {
        for (OutputStream client : clients) {
            send(client, event);
        }
    }

    private void send(OutputStream client, String event) {
        try {
            synchronized (client) {
                client.write(event.getBytes(StandardCharsets.UTF_8));
                client.flush();
            }
        } catch (IOException e) {
            drop(client); // the page went away
        }
    }

    private void drop(OutputStream client) {
        clients.remove(client);
        try {
            client.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        for (OutputStream client : clients) {
            drop(client);
        }
    }
}
