package dev.mdquiz.generator.internal.serve;

import dev.mdquiz.generator.internal.key.Sha256;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script that preview pages get as they are served, never on disk: it listens to the server's build events,
 * reloads the page when a build changed its file, and shows a build's problems in an overlay (text only, through
 * {@code textContent}) until a good build. It is allowed by its hash in each Content-Security-Policy
 * {@code <meta>} of the page, beside the page's own.
 */
final class ReloadClient {
    /** Where pages listen for build events (server-sent events); no bank can publish a file there ({@code _} names are skipped). */
    static final String EVENTS_PATH = "/__mdquiz/events";

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var session = '@SESSION@', generation = @GENERATION@;
              var here = location.pathname;
              try { here = decodeURIComponent(here); } catch (e) { /* keep the path as sent */ }
              here = here.replace(/^\\/+/, '');
              if (here === '' || here.charAt(here.length - 1) === '/') { here += 'index.html'; }
              var box = null, focusBefore = null;
              function make(tag, text, css) {
                var node = document.createElement(tag);
                if (text) { node.textContent = text; }
                if (css) { node.style.cssText = css; }
                return node;
              }
              function hide() {
                if (!box) { return; }
                var hadFocus = box.contains(document.activeElement);
                box.remove();
                box = null;
                if (hadFocus && focusBefore && focusBefore.isConnected && focusBefore.focus) { focusBefore.focus(); }
              }
              function show(build) {
                var fresh = !box;
                if (fresh) {
                  focusBefore = document.activeElement;
                  box = make('div', '', 'position:fixed;top:0;left:0;right:0;z-index:2147483647;box-sizing:border-box;'
                    + 'max-height:70vh;overflow:auto;margin:0;padding:16px 20px;background:#fff;color:#1b1b1b;'
                    + 'border-bottom:4px solid #b00020;box-shadow:0 4px 16px rgba(0,0,0,.35);'
                    + 'font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;text-align:left');
                  box.id = 'mdquiz-preview-problems';
                  box.setAttribute('role', 'alertdialog');
                  box.setAttribute('aria-labelledby', 'mdquiz-preview-title');
                  box.setAttribute('aria-describedby', 'mdquiz-preview-list');
                  box.setAttribute('tabindex', '-1');
                  box.setAttribute('lang', 'en');
                  box.setAttribute('dir', 'ltr');
                  box.addEventListener('keydown', function (event) { if (event.key === 'Escape') { hide(); } });
                } else {
                  box.textContent = '';
                }
                var title = make('h2', build.title, 'margin:0 0 8px;font-size:1.25em;line-height:1.3;color:#b00020');
                title.id = 'mdquiz-preview-title';
                box.appendChild(title);
                var list = make('ul', '', 'margin:0 0 12px;padding:0 0 0 1.25em');
                list.id = 'mdquiz-preview-list';
                build.problems.forEach(function (problem) {
                  var item = make('li', '', 'margin:4px 0');
                  if (problem.where) {
                    item.appendChild(make('code', problem.where, 'font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:bold'));
                    item.appendChild(document.createTextNode(': '));
                  }
                  item.appendChild(document.createTextNode(problem.severity + ': ' + problem.message));
                  list.appendChild(item);
                });
                box.appendChild(list);
                box.appendChild(make('p', 'The page shows the last good build. Fix the file and save: the preview'
                  + ' updates by itself.', 'margin:0 0 12px'));
                var close = make('button', 'Hide', 'font:inherit;min-height:32px;padding:4px 16px;'
                  + 'border:2px solid #1b1b1b;border-radius:4px;background:#fff;color:#1b1b1b;cursor:pointer');
                close.type = 'button';
                close.addEventListener('click', hide);
                box.appendChild(close);
                if (fresh) {
                  document.body.appendChild(box);
                  box.focus();
                }
              }
              var events = new EventSource('@EVENTS@?session=' + session + '&since=' + generation);
              events.addEventListener('open', function () { window.mdquizPreview = 'listening'; });
              events.addEventListener('build', function (message) {
                var build = JSON.parse(message.data);
                if (!build.ok) { show(build); return; }
                hide();
                if (build.changed.indexOf(here) >= 0 || build.changed.indexOf('*') >= 0) {
                  events.close();
                  location.reload();
                }
              });
            })();
            """;

    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);

    private ReloadClient() {
    }

    /** The script for a page served after build {@code generation} of session {@code session} (hex digits). */
    static String script(String session, long generation) {
        if (!session.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("a session id is hex digits: " + session);
        }
        return SCRIPT.replace("@SESSION@", session).replace("@GENERATION@", Long.toString(generation))
                .replace("@EVENTS@", EVENTS_PATH);
    }

    /**
     * The page with the script before its last {@code </body>} (at its end when it has none), and the script's
     * hash allowed in each of its Content-Security-Policy {@code <meta>} elements.
     */
    static String inject(String html, String script) {
        String source = Sha256.cspSource(script);
        StringBuilder out = new StringBuilder(html.length() + script.length() + 200);
        Matcher meta = META.matcher(html);
        int copied = 0;
        while (meta.find()) {
            String tag = meta.group();
            String edited = editPolicyMeta(tag, source);
            if (!edited.equals(tag)) {
                out.append(html, copied, meta.start()).append(edited);
                copied = meta.end();
            }
        }
        out.append(html, copied, html.length());
        String element = "<script>" + script + "</script>\n";
        int bodyEnd = -1;
        Matcher end = BODY_END.matcher(out);
        while (end.find()) {
            bodyEnd = end.start();
        }
        if (bodyEnd < 0) {
            out.append(element);
        } else {
            out.insert(bodyEnd, element);
        }
        return out.toString();
    }

    /** A {@code <meta http-equiv="Content-Security-Policy">} with the script allowed; any other tag as it is. */
    private static String editPolicyMeta(String tag, String scriptSource) {
        Matcher attribute = ATTRIBUTE.matcher(tag);
        attribute.region("<meta".length(), tag.length());
        boolean policy = false;
        int contentStart = -1;
        int contentEnd = -1;
        char quote = 0;
        String content = null;
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : attribute.group(4) != null ? 4 : 0;
            String value = group == 0 ? "" : unescape(attribute.group(group));
            if (name.equals("http-equiv")) {
                policy = value.trim().equalsIgnoreCase("content-security-policy");
            } else if (name.equals("content") && group != 0) {
                content = value;
                contentStart = attribute.start(group);
                contentEnd = attribute.end(group);
                quote = group == 2 ? '"' : group == 3 ? '\'' : 0;
            }
        }
        if (!policy || content == null) {
            return tag;
        }
        String edited = escape(addToPolicy(content, scriptSource), quote == 0 ? '"' : quote);
        if (quote == 0) {
            edited = '"' + edited + '"';
        }
        return tag.substring(0, contentStart) + edited + tag.substring(contentEnd);
    }

    /**
     * The policy with {@code scriptSource} allowed in {@code script-src} (and {@code script-src-elem}), and
     * same-origin connections in {@code connect-src}, for the event stream; a policy without those directives
     * and without {@code default-src} restricts neither and is left so.
     */
    static String addToPolicy(String policy, String scriptSource) {
        List<String> directives = new ArrayList<>();
        boolean script = false;
        boolean connect = false;
        boolean fallback = false;
        for (String part : policy.split(";")) {
            String directive = part.trim();
            if (directive.isEmpty()) {
                continue;
            }
            String[] tokens = directive.split("\\s+");
            String name = tokens[0].toLowerCase(Locale.ROOT);
            switch (name) {
                case "script-src", "script-src-elem" -> {
                    directive = with(tokens, scriptSource);
                    script |= name.equals("script-src");
                }
                case "connect-src" -> {
                    if (!contains(tokens, "'self'") && !contains(tokens, "*")) {
                        directive = with(tokens, "'self'");
                    }
                    connect = true;
                }
                case "default-src" -> fallback = true;
                default -> {
                }
            }
            directives.add(directive);
        }
        if (!script && fallback) {
            directives.add("script-src " + scriptSource);
        }
        if (!connect && fallback) {
            directives.add("connect-src 'self'");
        }
        return String.join("; ", directives);
    }

    /** The directive's tokens without {@code 'none'}, plus {@code source}. */
    private static String with(String[] tokens, String source) {
        StringBuilder directive = new StringBuilder(tokens[0]);
        for (int i = 1; i < tokens.length; i++) {
            if (!tokens[i].equalsIgnoreCase("'none'")) {
                directive.append(' ').append(tokens[i]);
            }
        }
        return directive.append(' ').append(source).toString();
    }

    private static boolean contains(String[] tokens, String source) {
        for (int i = 1; i < tokens.length; i++) {
            if (tokens[i].equalsIgnoreCase(source)) {
                return true;
            }
        }
        return false;
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&apos;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String escape(String value, char quote) {
        String escaped = value.replace("&", "&amp;");
        return quote == '"' ? escaped.replace("\"", "&quot;") : escaped.replace("'", "&#39;");
    }
}
