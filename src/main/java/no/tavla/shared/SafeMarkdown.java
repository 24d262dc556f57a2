package no.tavla.shared;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one way Markdown written by users becomes HTML (decision 0007). Raw HTML in the text is shown as text, and the
 * result passes an allow-list, so no script, event handler, {@code javascript:} URL, style or frame can ever come out,
 * whatever the input. Headings step down from the page's own title, which is the only {@code h1}: the text's first
 * heading level becomes {@code h2}, and none skips a level below the one before it (WCAG 1.3.1), whether the writer
 * began with {@code #} or {@code ##}.
 */
public final class SafeMarkdown {

    /** Longest text rendered; longer input is cut (the services refuse it long before). */
    public static final int MAX_LENGTH = 200_000;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(AutolinkExtension.create(), TablesExtension.create()))
            .maxOpenBlockParsers(64)
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(AutolinkExtension.create(), TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new org.commonmark.renderer.html.DefaultUrlSanitizer(
                    List.of("http", "https", "mailto", "tel")))
            // a header cell names its column, for a screen reader and for a tagged PDF (PDF/UA 7.5)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof TableCell cell && cell.isHeader()) {
                    attributes.put("scope", "col");
                }
            })
            .build();
    /** Images only from Tavla itself: an outside image would tell another server who reads what. */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?!/)[\\w\\-./%?=&]*$");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "ul", "ol", "li", "blockquote",
                    "code", "pre", "br", "hr", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(LOCAL_PATH).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("align").matching(Pattern.compile("^(left|center|right)$")).onElements("th", "td")
            .allowAttributes("scope").matching(Pattern.compile("^col$")).onElements("th")
            .allowAttributes("start").matching(Pattern.compile("^\\d{1,6}$")).onElements("ol")
            .toFactory();

    private SafeMarkdown() {
    }

    /** Safe HTML for the Markdown text; empty for null or blank text. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = markdown.length() > MAX_LENGTH ? markdown.substring(0, MAX_LENGTH) : markdown;
        Node document = PARSER.parse(text);
        document.accept(new AbstractVisitor() {
            private int top;
            private int previous = 1;

            @Override
            public void visit(Heading heading) {
                int level = heading.getLevel();
                if (top == 0) {
                    top = level;
                }
                int wanted = Math.min(6, Math.max(2, Math.min(2 + level - top, previous + 1)));
                heading.setLevel(wanted);
                previous = wanted;
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                visitChildren(link);
                if (!linkAllowed(link.getDestination())) {
                    unwrap(link);
                }
            }

            @Override
            public void visit(Image image) {
                visitChildren(image);
                if (!LOCAL_PATH.matcher(image.getDestination()).matches()) {
                    unwrap(image);
                }
            }
        });
        return sanitise(RENDERER.render(document));
    }

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final java.util.Set<String> LINK_SCHEMES = java.util.Set.of("http", "https", "mailto", "tel");

    /**
     * A link that may stay a link: a web, mail or phone address, or a path in Tavla. Browsers ignore blanks and
     * control characters inside a scheme, so they are ignored here too.
     */
    static boolean linkAllowed(String destination) {
        String compact = destination == null ? "" : destination.replaceAll("[\\x00-\\x20\\x7f]", "");
        java.util.regex.Matcher scheme = SCHEME.matcher(compact);
        if (scheme.find()) {
            return LINK_SCHEMES.contains(scheme.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return !compact.startsWith("//") && !compact.isEmpty();
    }

    /** A refused link or image becomes its text (an image's text is its description), not an empty tag. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static final Pattern LINK = Pattern.compile("\\bhttps?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

    /**
     * Plain text (a comment) as HTML: everything escaped, line breaks kept, web addresses made into links, and the
     * result through the same allow-list.
     */
    public static String plainTextWithLinks(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String escaped = (text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text)
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
        StringBuilder html = new StringBuilder("<p>");
        java.util.regex.Matcher links = LINK.matcher(escaped);
        int last = 0;
        while (links.find()) {
            html.append(escaped, last, links.start());
            html.append("<a href=\"").append(links.group()).append("\">").append(links.group()).append("</a>");
            last = links.end();
        }
        html.append(escaped.substring(last)).append("</p>");
        return sanitise(html.toString().replace("\n", "<br>"));
    }

    /** Passes any HTML through the same allow-list. */
    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
