package org.maillage.experience.fiches.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The body of a fiche: Markdown is rendered, and whatever HTML or URL the author slips in never runs. */
class MarkdownTest {

    /** Parsed as a browser would: no active element, no event attribute, no link or source but http(s) or mailto. */
    private static void neutral(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertFalse(Set.of("script", "img", "iframe", "object", "embed", "style", "svg", "form", "div").contains(element.tagName()),
                    element.tagName() + " in " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style") || name.equals("src"), name + " in " + html);
                if (name.equals("href")) {
                    assertTrue(attribute.getValue().matches("(?i)(https?|mailto):.*"), attribute + " in " + html);
                }
            }
        }
    }

    @Test
    void markdownIsRendered() {
        String html = Markdown.html("## Les visites\n\nDes **bénévoles** et une [mairie](https://www.vannes.fr).\n\n- un\n- deux");
        assertTrue(html.contains("<h2>Les visites</h2>"), html);
        assertTrue(html.contains("<strong>bénévoles</strong>"), html);
        assertTrue(html.contains("<a href=\"https://www.vannes.fr\" rel=\"nofollow noopener noreferrer\">mairie</a>"), html);
        assertTrue(html.contains("<li>deux</li>"), html);
    }

    @Test
    void scriptsAndRawHtmlAreShownAsText() {
        String html = Markdown.html("Avant <script>alert('x')</script> après\n\n<div onclick=\"x()\">bloc</div>\n\n<iframe src=\"https://evil.example\"></iframe>");
        neutral(html);
        assertTrue(html.contains("&lt;script&gt;"), "raw HTML is escaped, shown as text: " + html);
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        String html = Markdown.html("[clic](javascript:alert(1)) [jav](JaVaScRiPt:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)"
                + " <a href=\"javascript:alert(1)\">brut</a> [vb](vbscript:msgbox)");
        neutral(html);
        assertFalse(html.contains("href=\"vbscript"), html);
        assertTrue(html.contains("clic"), html);
    }

    @Test
    void imagesAndTheirHandlersAreDropped() {
        String html = Markdown.html("![x](https://tracker.example/p.gif) ![y](data:image/png;base64,AAAA)\n\n<img src=x onerror=alert(1)>"
                + "\n\n![z](x \"t\" onerror=alert(1))");
        neutral(html);
    }

    @Test
    void aLinkKeepsOnlyItsSafeAttributes() {
        String html = Markdown.html("[lien](https://ok.example \"titre\\\" onmouseover=\\\"alert(1)\")");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("onmouseover=\""), html);
        assertEquals(1, html.split("<a ", -1).length - 1, html);
    }

    @Test
    void theTextOfTheBodyIsItsWords() {
        assertEquals("Titre Des bénévoles à l’EHPAD.", Markdown.text(Markdown.html("# Titre\n\nDes *bénévoles* à l’EHPAD.")));
    }
}
