package no.tavla.news.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import no.tavla.shared.Language;
import no.tavla.news.Comment;
import no.tavla.news.reading.Comments;
import no.tavla.news.FeedEntry;
import no.tavla.news.Item;
import no.tavla.news.ItemFile;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemPage;
import no.tavla.news.reading.NewsFeed;
import no.tavla.news.ReadCounts;
import no.tavla.shared.Refusal;
import no.tavla.shared.SafeMarkdown;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.MarkdownView;
import no.tavla.shared.ui.Results;
import no.tavla.shared.ui.PageBean;

/**
 * An item's page: the full text, the confirm button for a must-read item, the counts for those who follow it up, and
 * the comments. Opening it marks it seen. Anyone outside its audience, or before its time, gets "not found".
 */
@PageBean
@Route("news/:id")
@PermitAll
class ItemView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NewsFeed feed;
    private final transient Comments comments;
    private final transient Clock clock;
    /** Managers, communications and administrators follow reach up on the reach page. */
    private final boolean followsUp;
    private String title = "";
    private long id;

    ItemView(NewsFeed feed, Comments comments, Clock clock, FeedBroadcaster broadcaster,
             no.tavla.organisation.People people, no.tavla.organisation.AccessPolicy policy) {
        no.tavla.organisation.Actor actor = people.currentActor();
        this.followsUp = policy.mayAnywhere(actor, no.tavla.organisation.Action.FOLLOW_UP_REACH)
                || policy.mayAnywhere(actor, no.tavla.organisation.Action.APPROVE);
        // an item withdrawn while it is open goes away here too, by push
        broadcaster.followItem(this, () -> id, changes -> {
            if (changes.stream().anyMatch(change -> change.kind() == no.tavla.news.ItemChanged.Kind.WITHDRAWN)) {
                withdrawn();
            }
        });
        this.feed = feed;
        this.comments = comments;
        this.clock = clock;
        addClassName("tavla-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse("");
        if (!parameter.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = Long.parseLong(parameter);
        chosenText = null;
        feed.page(id).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    /** The item's other languages, each in its own name, to read it in instead; focus stays on the switch. */
    private Div languageSwitch(ItemPage page, Language shown) {
        Div languages = new Div(new com.vaadin.flow.component.html.Span(getTranslation("news.read-in")));
        languages.addClassName("tavla-item-languages");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("news.read-in.label"));
        for (Language language : page.languages()) {
            if (language == shown) {
                continue;
            }
            com.vaadin.flow.component.button.Button other = new com.vaadin.flow.component.button.Button(
                    language.nativeName(), e -> {
                        chosenText = language;
                        show(page);
                        Results.focus(shownHeading);
                    });
            other.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.TERTIARY);
            other.getElement().setAttribute("lang", language.tag());
            other.addClassNames("tavla-item-language", "tavla-item-language-" + language.tag());
            languages.add(other);
        }
        return languages;
    }

    /** "Du har bekreftet …", when shown: where focus goes after confirming. */
    private Paragraph confirmedLine;

    /** The language version the reader switched to on this page; null for their own language's (or as written). */
    private Language chosenText;
    /** The title shown, where focus goes after switching language. */
    private H1 shownHeading;

    private void show(ItemPage page) {
        removeAll();
        confirmedLine = null;
        FeedEntry entry = page.entry();
        // the reader's language's version when there is one, else as written; the switch shows another
        Item item = page.itemIn(chosenText != null ? chosenText : Language.of(getLocale()));
        Instant now = clock.instant();
        title = item.title();
        Article article = new Article();
        article.addClassName("tavla-item");
        // the item's own words are marked with the language they are written in, the page's in the reader's (WCAG 3.1.2)
        String written = item.language().tag();
        H1 heading = new H1(item.title());
        heading.getElement().setAttribute("lang", written);
        shownHeading = heading;
        article.add(heading);
        Paragraph meta = new Paragraph(item.unitName() + " · " + (item.releaseAt() == null
                ? getTranslation("news.status.DRAFT") : TavlaTime.dateTime(item.releaseAt(), getLocale()))
                + (item.contactName() == null ? "" : " · " + getTranslation("news.contact", item.contactName())));
        meta.addClassName("tavla-item-meta");
        article.add(meta);
        if (page.languages().size() > 1) {
            article.add(languageSwitch(page, item.language()));
        }
        String state = !item.isOut(now) ? getTranslation(item.isScheduled(now) ? "news.notice.scheduled"
                : "news.notice." + item.status().name(), item.releaseAt() == null ? ""
                : TavlaTime.dateTime(item.releaseAt(), getLocale()))
                : item.isExpired(now) ? getTranslation("news.notice.archived") : null;
        if (item.alreadyPublic()) {
            Paragraph banner = new Paragraph(getTranslation("news.already-public.banner", item.alreadyPublicReason()));
            banner.addClassNames("tavla-notice", "tavla-already-public");
            banner.getElement().setAttribute("role", "note");
            article.add(banner);
        }
        if (state != null) {
            Paragraph notice = new Paragraph(state);
            notice.addClassName("tavla-notice");
            article.add(notice);
        }
        if (!item.lead().isBlank()) {
            Paragraph lead = new Paragraph(item.lead());
            lead.addClassName("tavla-item-lead");
            lead.getElement().setAttribute("lang", written);
            article.add(lead);
        }
        MarkdownView text = new MarkdownView(item.body());
        text.getElement().setAttribute("lang", written);
        article.add(text);
        java.util.List<ItemFile> attachments = page.attachments();
        if (!attachments.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("tavla-attachments");
            attachments.forEach(f -> {
                com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(f.url(),
                        f.fileName());
                link.getElement().setAttribute("download", true);
                link.getElement().setAttribute("router-ignore", true);
                list.add(new ListItem(link, new com.vaadin.flow.component.html.Span(" (" + (f.sizeBytes() / 1024 + 1)
                        + " kB)")));
            });
            article.add(new H2(getTranslation("files.attachments.heading")), list);
        }
        add(article);
        if (item.kind() == ItemKind.MUST_READ && page.inAudience()) {
            add(confirmation(entry.confirmed(), item.confirmBy()));
        }
        com.vaadin.flow.component.html.Anchor print = new com.vaadin.flow.component.html.Anchor(
                "notices/" + id + ".pdf?lang=" + Language.of(getLocale()).tag() + "&text=" + item.language().tag(),
                getTranslation("notice.print"));
        print.setTarget("_blank");
        print.getElement().setAttribute("router-ignore", true);
        print.addClassNames("tavla-notice-print", "no-print");
        add(new Div(print));
        if (page.mayWorkOn()) {
            RouterLink edit = new RouterLink(getTranslation("news.edit"), WriteView.class,
                    new RouteParameters("id", String.valueOf(id)));
            edit.addClassName("tavla-item-edit");
            add(new Div(edit));
        }
        page.counts().ifPresent(counts -> add(counts(item, counts)));
        if (item.commentsEnabled()) {
            add(comments(page));
        }
    }

    private void withdrawn() {
        if (!feed.mayOpen(id)) {
            removeAll();
            Paragraph gone = new Paragraph(getTranslation("news.withdrawn.live"));
            gone.addClassName("tavla-notice");
            gone.getElement().setAttribute("role", "alert");
            add(new H1(title), gone);
        }
    }

    private Div confirmation(boolean confirmed, Instant confirmBy) {
        Div box = new Div();
        box.addClassNames("tavla-section", "tavla-confirm");
        if (confirmed) {
            confirmedLine = new Paragraph(getTranslation("news.confirmed"));
            confirmedLine.addClassName("tavla-confirmed");
            box.add(confirmedLine);
        } else {
            Button confirm = new Button(getTranslation("news.confirm"), e -> {
                feed.confirm(id);
                feed.page(id).ifPresent(this::show);
                if (confirmedLine != null) {
                    Results.focus(confirmedLine);
                }
            });
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.addClassName("tavla-confirm-button");
            box.add(new Paragraph(getTranslation("news.confirm.help")));
            if (confirmBy != null) {
                Paragraph deadline = new Paragraph(getTranslation("news.confirm-by.line",
                        no.tavla.shared.TavlaTime.dateTime(confirmBy, getLocale())));
                deadline.addClassName("tavla-confirm-by");
                box.add(deadline);
            }
            box.add(confirm);
        }
        return box;
    }

    private Div counts(Item item, ReadCounts counts) {
        Div box = new Div(new H2(getTranslation("news.counts")));
        box.addClassNames("tavla-section", "tavla-counts");
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("news.counts.audience", counts.audience(), counts.withoutComputer())),
                new ListItem(getTranslation("news.counts.seen", counts.seen())));
        if (item.kind() == ItemKind.MUST_READ) {
            list.add(new ListItem(getTranslation("news.counts.confirmed", counts.confirmed())));
        }
        box.add(list);
        if (followsUp) {
            com.vaadin.flow.component.html.Anchor reach = new com.vaadin.flow.component.html.Anchor("reach/" + id, getTranslation("news.reach.link"));
            reach.addClassName("tavla-reach-link");
            box.add(new Paragraph(reach));
        }
        return box;
    }

    private Div comments(ItemPage page) {
        Div box = new Div(new H2(getTranslation("comments.heading")));
        box.addClassNames("tavla-section", "tavla-comments");
        boolean moderator = page.mayWorkOn();
        for (Comment comment : page.comments()) {
            Div one = new Div();
            one.addClassName("tavla-comment");
            Paragraph who = new Paragraph(comment.authorName() + " · "
                    + TavlaTime.dateTime(comment.createdAt(), getLocale()));
            who.addClassName("tavla-item-meta");
            one.add(who);
            if (comment.hidden()) {
                one.add(new Paragraph(moderator
                        ? getTranslation("comments.hidden.by", comment.hiddenBy(), comment.hiddenReason())
                        : getTranslation("comments.hidden")));
            } else {
                Div text = new Div();
                text.addClassName("tavla-comment-text");
                text.getElement().setProperty("innerHTML", SafeMarkdown.plainTextWithLinks(comment.text()));
                one.add(text);
                if (moderator) {
                    TextField reason = new TextField(getTranslation("comments.hide.reason"));
                    reason.setMaxLength(500);
                    Paragraph problem = Forms.problemLine();
                    FieldProblems problems = new FieldProblems(problem).field("news.reason", reason);
                    Button hide = new Button(getTranslation("comments.hide"), e -> act(problems,
                            () -> comments.hide(comment.id(), reason.getValue())));
                    hide.addThemeVariants(ButtonVariant.TERTIARY);
                    hide.addClassName("tavla-comment-hide");
                    one.add(new Div(reason, hide), problem);
                }
            }
            box.add(one);
        }
        if (page.inAudience()) {
            TextArea text = new TextArea(getTranslation("comments.write"));
            text.setMaxLength(Comments.MAX_LENGTH);
            text.setWidthFull();
            text.addClassName("tavla-comment-field");
            Paragraph problem = Forms.problemLine();
            FieldProblems problems = new FieldProblems(problem).field("comments.empty", text)
                    .field("comments.too-long", text);
            Button send = new Button(getTranslation("comments.send"), e -> act(problems,
                    () -> comments.add(id, text.getValue())));
            send.addClassName("tavla-comment-send");
            box.add(text, send, problem);
        }
        return box;
    }

    private void act(FieldProblems problems, Runnable action) {
        try {
            action.run();
            feed.page(id).ifPresent(this::show);
        } catch (Refusal refusal) {
            problems.show(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – Tavla";
    }
}
