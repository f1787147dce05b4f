package dev.mdquiz.generator.internal.check;

import dev.mdquiz.generator.internal.html.HtmlSanitizer;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.SourcePosition;
import dev.mdquiz.generator.internal.parse.Links;
import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.internal.report.Report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Raw HTML in a bank: each part that holds some is cleaned exactly as its page will clean it, and each removal
 * becomes a warning at its line and column; raw links and images to course files are returned, to be checked and
 * published like Markdown ones. Parts without raw HTML are left alone: commonmark's HTML needs no cleaning.
 */
public final class RawHtmlCheck {
    /** The blanks' labels do not matter here: the sanitizer passes what mdquiz renders. */
    private static final MarkupHtml HTML = new MarkupHtml("{0}");

    private RawHtmlCheck() {
    }

    /** @return the links and images to course files in the quiz's raw HTML */
    public static List<LocalLink> check(Quiz quiz, Report report) {
        List<LocalLink> links = new ArrayList<>();
        quiz.parts().forEach(part -> clean(part, report, links));
        return links;
    }

    /** A section's intro: like its Markdown links, its raw links are neither checked nor published. */
    public static void check(Markup intro, Report report) {
        clean(intro, report, null);
    }

    private static void clean(Markup part, Report report, List<LocalLink> links) {
        if (!part.hasRawHtml()) {
            return;
        }
        MarkupHtml.Rendered rendered = HTML.render(part);
        Set<String> reported = new HashSet<>();
        Set<String> addresses = new HashSet<>(); // jsoup repeats a misnested <a> as a copy: check it once
        HtmlSanitizer.sanitize(rendered.html(), rendered::authored, new HtmlSanitizer.Findings() {
            @Override
            public void removed(int offset, String message) {
                SourcePosition at = position(rendered, offset);
                if (reported.add(at.line() + ":" + at.column() + " " + message)) {
                    report.warning(at, message);
                }
            }

            @Override
            public String address(int offset, String address, boolean image) {
                if (links != null && addresses.add(offset + " " + address)) {
                    Links.inspect(address, image, position(rendered, offset), report, links);
                }
                return address;
            }
        });
    }

    /** The bank position of an offset in raw HTML; the part's first raw HTML when the offset is not known. */
    private static SourcePosition position(MarkupHtml.Rendered rendered, int offset) {
        SourcePosition first = SourcePosition.of(rendered.raw().get(0).node(), SourcePosition.START);
        return rendered.at(offset).map(raw -> SourcePosition.inRawHtml(raw.node(), offset - raw.start(),
                SourcePosition.of(raw.node(), first))).orElse(first);
    }
}
