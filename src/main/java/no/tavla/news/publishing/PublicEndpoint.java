package no.tavla.news.publishing;

import no.tavla.news.Item;
import no.tavla.news.ItemFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import no.tavla.shared.Language;
import no.tavla.shared.LanguagePreferences;
import no.tavla.shared.MunicipalityProperties;
import no.tavla.shared.SafeMarkdown;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.Translations;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The public channel: an Atom feed, a JSON Feed and a page per item, for the municipality's website and anyone. Only
 * the public part of items whose external release has come; ETag and Last-Modified for cheap polling; no session.
 */
@RestController
class PublicEndpoint {

    private static final Pattern ID_OR_SLUG = Pattern.compile("^(\\d{1,18})(?:-[\\w\\-]*)?$");
    private static final CacheControl CACHE = CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic();

    private final PublicNews news;
    private final MunicipalityProperties municipality;
    private final Translations translations;

    PublicEndpoint(PublicNews news, MunicipalityProperties municipality, Translations translations) {
        this.news = news;
        this.municipality = municipality;
        this.translations = translations;
    }

    /** How the feeds mark crisis information. */
    static final String CRISIS_TAG = "krise";

    @GetMapping("/public/feed.atom")
    ResponseEntity<String> atom(WebRequest request) throws FeedException {
        List<Item> latest = news.latest(50);
        Instant changed = PublicNews.changedOf(latest);
        String etag = "\"atom-" + PublicNews.tagOf(latest) + "\"";
        if (request.checkNotModified(etag, changed.toEpochMilli())) {
            return null;
        }
        String base = base();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(municipality.name());
        feed.setDescription(municipality.name());
        feed.setUri(feedId() + ":feed");
        feed.setLink(base + "/public/feed.atom");
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(base + "/public/feed.atom");
        feed.setLinks(List.of(self));
        feed.setPublishedDate(Date.from(changed));
        feed.setLanguage("nb");
        List<SyndEntry> entries = new ArrayList<>();
        java.util.Set<Long> crisis = news.crisisItems(latest);
        for (Item item : latest) {
            SyndEntry entry = new SyndEntryImpl();
            if (crisis.contains(item.id())) {
                // crisis information: websites show it first, and marked (issue 15)
                com.rometools.rome.feed.synd.SyndCategoryImpl category = new com.rometools.rome.feed.synd
                        .SyndCategoryImpl();
                category.setName(CRISIS_TAG);
                entry.setCategories(List.of(category));
            }
            entry.setUri(feedId() + ":news:" + item.id());
            // each entry says the language it is written in: the feed's is Bokmål, an item may be Nynorsk (issue 17)
            ((com.rometools.rome.feed.module.DCModule) entry.getModule(com.rometools.rome.feed.module.DCModule.URI))
                    .setLanguage(item.language().tag());
            entry.setTitle(item.title());
            entry.setLink(base + "/public/news/" + slug(item));
            entry.setPublishedDate(Date.from(item.externalReleaseAt()));
            entry.setUpdatedDate(Date.from(updated(item)));
            SyndContentImpl content = new SyndContentImpl();
            content.setType("html");
            content.setValue(html(item));
            entry.setContents(List.of(content));
            if (!item.lead().isBlank()) {
                SyndContentImpl summary = new SyndContentImpl();
                summary.setType("text");
                summary.setValue(item.lead());
                entry.setDescription(summary);
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .eTag(etag).lastModified(changed).cacheControl(CACHE)
                .body(new SyndFeedOutput().outputString(feed));
    }

    @GetMapping("/public/feed.json")
    ResponseEntity<Map<String, Object>> json(WebRequest request) {
        List<Item> latest = news.latest(50);
        Instant changed = PublicNews.changedOf(latest);
        String etag = "\"json-" + PublicNews.tagOf(latest) + "\"";
        if (request.checkNotModified(etag, changed.toEpochMilli())) {
            return null;
        }
        String base = base();
        List<Map<String, Object>> items = new ArrayList<>();
        java.util.Set<Long> crisis = news.crisisItems(latest);
        for (Item item : latest) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (crisis.contains(item.id())) {
                entry.put("tags", List.of(CRISIS_TAG));
            }
            entry.put("id", feedId() + ":news:" + item.id());
            entry.put("url", base + "/public/news/" + slug(item));
            entry.put("language", item.language().tag());
            entry.put("title", item.title());
            entry.put("summary", item.lead());
            entry.put("content_html", html(item));
            entry.put("date_published", item.externalReleaseAt().toString());
            entry.put("date_modified", updated(item).toString());
            items.add(entry);
        }
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", municipality.name());
        feed.put("feed_url", base + "/public/feed.json");
        feed.put("language", "nb");
        feed.put("items", items);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/feed+json;charset=UTF-8"))
                .eTag(etag).lastModified(changed).cacheControl(CACHE).body(feed);
    }

    @GetMapping(value = "/public/news/{idOrSlug}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String idOrSlug,
                                @CookieValue(name = LanguagePreferences.COOKIE, required = false) String chosen) {
        Matcher matcher = ID_OR_SLUG.matcher(idOrSlug);
        Optional<Item> found = matcher.matches() ? news.item(Long.parseLong(matcher.group(1))) : Optional.empty();
        if (found.isEmpty()) {
            return notFound(chosen);
        }
        Item item = found.get();
        // the page is the item's: a public reader has no language setting, so its frame speaks the item's language
        // (decision 0026), the crisis mark and the date included
        Language language = item.language();
        String released = TavlaTime.dateTime(item.externalReleaseAt(), language.locale());
        boolean crisis = news.crisisItems(List.of(item)).contains(item.id());
        String body = "<article>" + (crisis ? "<p class=\"crisis\"><strong>" + escape(translations
                .text("crisis.banner.label", language.locale())) + "</strong></p>" : "") + "<h1>"
                + escape(item.title()) + "</h1><p class=\"meta\">"
                + escape(item.unitName()) + " · " + escape(released) + "</p><div>"
                + html(item) + "</div></article>";
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .lastModified(updated(item)).cacheControl(CACHE)
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
                .body(document(language, item.title(), body));
    }

    @GetMapping("/public/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            return ResponseEntity.notFound().build();
        }
        return news.file(Long.parseLong(id)).map(content -> {
            ItemFile file = content.file();
            ContentDisposition disposition = (file.kind() == ItemFile.Kind.IMAGE ? ContentDisposition.inline()
                    : ContentDisposition.attachment()).filename(file.fileName(), StandardCharsets.UTF_8).build();
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "default-src 'none'; sandbox")
                    .cacheControl(CACHE).body(content.bytes());
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Anything else under the public channel does not exist (rather than falling through to the application). */
    @GetMapping("/public/**")
    ResponseEntity<String> nothing(@CookieValue(name = LanguagePreferences.COOKIE, required = false) String chosen) {
        return notFound(chosen);
    }

    /** The public part as HTML: lead, body and attachments, with Tavla's file addresses turned public. */
    private static String html(Item item) {
        StringBuilder html = new StringBuilder();
        if (!item.lead().isBlank()) {
            html.append("<p><strong>").append(escape(item.lead())).append("</strong></p>");
        }
        html.append(SafeMarkdown.toHtml(item.body()).replace("src=\"/files/", "src=\"/public/files/"));
        return html.toString();
    }

    /** Nothing here, said in the language last chosen in this browser, else Bokmål (decision 0005). */
    private ResponseEntity<String> notFound(String chosen) {
        Language language = Language.fromTag(chosen).orElse(Language.DEFAULT);
        String heading = translations.text("public.not-found.heading", language.locale());
        return ResponseEntity.status(404).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(document(language, heading, "<h1>" + escape(heading) + "</h1><p>"
                        + escape(translations.text("public.not-found.text", language.locale()))
                        + "</p>"));
    }

    private String document(Language language, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\"><meta"
                + " name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + escape(title) + " – "
                + escape(municipality.name()) + "</title><style>body{font-family:system-ui,sans-serif;"
                + "max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}"
                + ".meta{color:#4a4a4a}img{max-width:100%;height:auto}</style></head><body><header><p>"
                + escape(municipality.name()) + "</p></header><main>" + body + "</main></body></html>";
    }

    /** Only what HTML needs escaped: the page is UTF-8, so "å" stays "å" rather than "&aring;". */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static Instant updated(Item item) {
        return item.updatedAt().isAfter(item.externalReleaseAt()) ? item.updatedAt() : item.externalReleaseAt();
    }

    private String feedId() {
        return "urn:tavla:" + municipality.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String slug(Item item) {
        String words = java.text.Normalizer.normalize(item.title().toLowerCase(Locale.ROOT)
                        .replace("æ", "ae").replace("ø", "o").replace("å", "a"), java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return item.id() + (words.isEmpty() ? "" : "-" + (words.length() > 60 ? words.substring(0, 60) : words));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
