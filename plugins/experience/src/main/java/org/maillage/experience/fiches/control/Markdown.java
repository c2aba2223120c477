package org.maillage.experience.fiches.control;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A fiche's body: Markdown rendered by commonmark, then cleaned by jsoup with a safelist, because the author's
 * HTML is never trusted. commonmark escapes raw HTML and drops unsafe link targets; the safelist keeps text
 * formatting, lists, quotes, code, headings and links to http(s) or mailto (rel nofollow noopener), and nothing
 * else: no script, no event attribute, no image (an outside image would tell its server who reads the fiche; the
 * fiche's images are its attachments), no style, no data: or javascript: URL.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .removeTags("span")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private Markdown() {
    }

    /** @return the body as HTML safe to show in a page */
    public static String html(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(rendered, "", SAFELIST, OUTPUT);
    }

    /** @return the words of the rendered body, for search and extracts */
    public static String text(String safeHtml) {
        return Jsoup.parse(safeHtml).text();
    }
}
