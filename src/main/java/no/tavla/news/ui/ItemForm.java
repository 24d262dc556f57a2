package no.tavla.news.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.Item;
import no.tavla.news.ItemDraft;
import no.tavla.shared.Language;
import no.tavla.news.ItemKind;
import no.tavla.news.writing.Announcements;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.UnitPage;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.MarkdownField;

/**
 * The write page's form, bound to an {@link ItemDraft} record, in the order an editor works: what (title, lead, text;
 * the files go in between), for whom (the owning unit, whom to ask, the audience with its count), and when (the
 * internal and external release, expiry, kind, comments).
 */
class ItemForm extends Div {

    private final Binder<ItemDraft> binder = new Binder<>(ItemDraft.class);
    private final TextField title = Forms.textField(getTranslation("news.title"), "", Announcements.MAX_TITLE);
    private final TextArea lead = Forms.textArea(getTranslation("news.lead"), "", Announcements.MAX_LEAD);
    private final MarkdownField body = new MarkdownField(getTranslation("news.body"), Announcements.MAX_BODY);
    private final Select<Language> language = new Select<>();
    private final ComboBox<UnitTreeEntry> unit = new ComboBox<>(getTranslation("news.unit"));
    private final ComboBox<UnitPage.PersonCard> contact = new ComboBox<>(getTranslation("news.contact.person"));
    private final AudienceField audience;
    private final RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>();
    private final DateTimePicker pinnedUntil = new DateTimePicker(getTranslation("news.pinned-until"));
    private final DateTimePicker confirmBy = new DateTimePicker(getTranslation("news.confirm-by"));
    private final Checkbox commentsOn = new Checkbox(getTranslation("news.comments"));
    private final DateTimePicker releaseAt = new DateTimePicker(getTranslation("news.release-at"));
    private final DateTimePicker expiresAt = new DateTimePicker(getTranslation("news.expires-at"));
    private final DateTimePicker external = new DateTimePicker(getTranslation("news.external"));
    private final Div what = new Div();
    private final List<UnitTreeEntry> units;
    private final transient java.util.function.Function<String, Optional<UnitPage>> pages;
    private final transient java.util.function.BiFunction<Audience, ItemKind,
            Optional<no.tavla.news.ChannelForecast.Channels>> channels;
    /** How the item would reach its audience, by channel: said under the audience, again when it or the kind change. */
    private final com.vaadin.flow.component.html.Paragraph reach = new com.vaadin.flow.component.html.Paragraph();
    /** The item being edited, for what the form does not hold (its unit while none is chosen, its contact's name). */
    private Item item;

    /**
     * @param writable the units the writer may write for (the owning unit is one of them)
     * @param units    every active unit (the audience may be any of them)
     * @param pages    a unit's page by its code, for the people who may be named as contact
     * @param counter  how many an audience holds
     */
    ItemForm(List<UnitTreeEntry> writable, List<UnitTreeEntry> units,
             java.util.function.Function<String, Optional<UnitPage>> pages,
             java.util.function.Function<Audience, Audiences.Size> counter,
             java.util.function.BiFunction<Audience, ItemKind, Optional<no.tavla.news.ChannelForecast.Channels>>
                     channels) {
        this.channels = channels;
        this.units = units;
        this.pages = pages;
        this.audience = new AudienceField(units, counter);
        addClassName("tavla-news-form");
        title.addClassName("tavla-news-title");
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        lead.setValueChangeMode(ValueChangeMode.LAZY);
        lead.addClassName("tavla-news-lead");
        language.setLabel(getTranslation("news.language"));
        language.setHelperText(getTranslation("news.language.help"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.addClassName("tavla-news-language");
        // what is typed is in the item's language, whatever the page's: spelling and a screen reader follow it
        language.addValueChangeListener(e -> {
            String tag = (e.getValue() == null ? Language.DEFAULT : e.getValue()).tag();
            title.getElement().setAttribute("lang", tag);
            lead.getElement().setAttribute("lang", tag);
            body.setLanguage(tag);
        });
        unit.setItems(writable);
        unit.setItemLabelGenerator(UnitTreeEntry::name);
        unit.setRequiredIndicatorVisible(true);
        unit.addClassName("tavla-news-unit");
        unit.addValueChangeListener(e -> contactChoices());
        contact.setItemLabelGenerator(p -> p.name() + (p.title() == null ? "" : " – " + p.title()));
        contact.setHelperText(getTranslation("news.contact.help"));
        contact.setClearButtonVisible(true);
        contact.addClassName("tavla-news-contact");
        audience.getElement().setAttribute("aria-label", getTranslation("news.audience"));
        kind.setLabel(getTranslation("news.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("news.kind." + k.name()));
        kind.setValue(ItemKind.NORMAL);
        kind.addClassName("tavla-news-kind");
        pinnedUntil.setVisible(false);
        confirmBy.setVisible(false);
        confirmBy.setHelperText(getTranslation("news.confirm-by.help"));
        confirmBy.addClassName("tavla-news-confirm-by");
        kind.addValueChangeListener(e -> {
            pinnedUntil.setVisible(e.getValue() == ItemKind.IMPORTANT);
            confirmBy.setVisible(e.getValue() == ItemKind.MUST_READ);
            showReach();
        });
        audience.addValueChangeListener(e -> showReach());
        reach.addClassName("tavla-news-channels");
        releaseAt.setHelperText(getTranslation("news.release-at.help"));
        external.setHelperText(getTranslation("news.external.help"));
        external.addClassName("tavla-news-external");
        for (DateTimePicker picker : List.of(pinnedUntil, confirmBy, releaseAt, expiresAt, external)) {
            Forms.translated(picker);
            picker.addClassName("tavla-date-time");
        }

        Converter<LocalDateTime, Instant> time = Converter.from(TavlaTime::instantOf, TavlaTime::localOf,
                problem -> problem.getMessage());
        binder.forField(title).bind("title");
        binder.forField(lead).bind("lead");
        binder.forField(body.textArea()).bind("body");
        binder.forField(unit).withConverter(Converter.<UnitTreeEntry, Long>from(
                chosen -> chosen != null ? chosen.id() : item == null ? -1L : item.unitId(),
                id -> units.stream().filter(u -> u.id() == id).findFirst().orElse(null),
                problem -> problem.getMessage())).bind("unitId");
        binder.forField(contact).withConverter(Converter.<UnitPage.PersonCard, Long>from(
                chosen -> chosen == null ? null : chosen.id(),
                id -> id == null ? null : contact.getListDataView().getItems().filter(p -> p.id() == id)
                        .findFirst().orElse(null),
                problem -> problem.getMessage())).bind("contactPersonId");
        binder.forField(audience).bind("audience");
        binder.forField(kind).bind("kind");
        binder.forField(pinnedUntil).withConverter(time).bind("pinnedUntil");
        binder.forField(confirmBy).withConverter(time).bind("confirmBy");
        binder.forField(commentsOn).bind("commentsEnabled");
        binder.forField(releaseAt).withConverter(time).bind("releaseAt");
        binder.forField(expiresAt).withConverter(time).bind("expiresAt");
        binder.forField(external).withConverter(time).bind("externalReleaseAt");
        binder.forField(language).bind("language");

        what.add(new H2(getTranslation("news.form.what")), title, lead, body, language);
        what.addClassNames("tavla-section", "tavla-news-what");
        Div forWhom = new Div(new H2(getTranslation("news.audience")), unit, contact, audience, reach);
        forWhom.addClassNames("tavla-section", "tavla-news-for-whom");
        Div when = new Div(new H2(getTranslation("news.settings")), releaseAt, external, expiresAt, kind,
                pinnedUntil, confirmBy, commentsOn);
        when.addClassNames("tavla-section", "tavla-news-when");
        add(what, forWhom, when);
    }

    /** Screen, e-mail now, digest, SMS and paper for the audience and kind as they stand; nothing for no audience. */
    void showReach() {
        Audience chosen = audience.getValue();
        Optional<no.tavla.news.ChannelForecast.Channels> counted = chosen == null || chosen.isEmpty()
                ? Optional.empty() : channels.apply(chosen, kind.getValue());
        reach.setVisible(counted.isPresent());
        counted.ifPresent(c -> reach.setText(getTranslation("news.channels", c.screen(), c.emailAtOnce(), c.digest(),
                c.sms(), c.paper())));
    }

    /** Which of the form's fields the service's refusals concern, by the first parts of their keys. */
    void fieldsFor(FieldProblems problems) {
        problems.field("news.title", title).field("news.lead", lead).field("news.body", body.textArea())
                .field("news.audience", audience).field("news.contact", contact).field("news.pinned", pinnedUntil)
                .field("news.confirm-by", confirmBy)
                .field("news.expiry", expiresAt).field("news.external", external);
    }

    Binder<ItemDraft> binder() {
        return binder;
    }

    /** Puts a component at the end of "what" (the images and attachments). */
    void addToWhat(Component component) {
        what.add(component);
    }

    /** The writing hints follow the title, lead and text as they are typed or loaded. */
    void followHints(WritingHintsPanel hints) {
        what.add(hints);
        Runnable update = hints.follow(title, lead, body,
                () -> language.getValue() == null ? Language.DEFAULT : language.getValue());
        language.addValueChangeListener(e -> update.run());
    }

    /**
     * A new item: owned by the writer's unit, for that unit and the units below it, written in the language the writer
     * reads Tavla in.
     */
    void startNew(UnitTreeEntry ownUnit) {
        item = null;
        binder.readRecord(new ItemDraft("", "", "", ownUnit == null ? -1 : ownUnit.id(), null, ItemKind.NORMAL, null,
                false, ownUnit == null ? null : Audience.units(new AudienceUnit(ownUnit.id(), true)), null, null,
                null, null, Language.of(getLocale())));
    }

    void read(Item loaded) {
        item = loaded;
        binder.readRecord(loaded.draft());
    }

    /** The form's values as a draft; what the form cannot hold as typed (a half-typed time) is left out. */
    ItemDraft draft() {
        try {
            return binder.writeRecord();
        } catch (ValidationException invalid) {
            throw new IllegalStateException("The item form has no validators that can fail", invalid);
        }
    }

    /**
     * Which fields may change: once published, the owning unit, audience and kind stay (the times move only through
     * "save the new times"); what communications are reading for approval is not changed under them.
     */
    void lock(boolean published, boolean lockedForWriter) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(unit, audience, kind, language)) {
            field.setReadOnly(published || lockedForWriter);
        }
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, lead, contact, pinnedUntil,
                confirmBy, commentsOn, releaseAt, expiresAt, external)) {
            field.setReadOnly(lockedForWriter);
        }
        body.setReadOnly(lockedForWriter);
    }

    Instant releaseAt() {
        return TavlaTime.instantOf(releaseAt.getValue());
    }

    Instant externalReleaseAt() {
        return TavlaTime.instantOf(external.getValue());
    }

    /** Adds text at the end of the body (an image just inserted). */
    void appendToBody(String markdown) {
        body.setValue(body.getValue() + markdown);
    }

    /** The people of the owning unit may be named as the contact; the one named stays choosable. */
    private void contactChoices() {
        List<UnitPage.PersonCard> people = new ArrayList<>();
        if (unit.getValue() != null) {
            pages.apply(unit.getValue().code()).ifPresent(page -> people.addAll(page.people()));
        }
        Long named = contact.getValue() != null ? Long.valueOf(contact.getValue().id())
                : item == null ? null : item.contactPersonId();
        if (named != null && people.stream().noneMatch(p -> p.id() == named) && item != null
                && item.contactName() != null && named.equals(item.contactPersonId())) {
            people.add(0, new UnitPage.PersonCard(named, item.contactName(), null, null, null, null, null));
        }
        contact.setItems(people);
        people.stream().filter(p -> named != null && p.id() == named).findFirst().ifPresent(contact::setValue);
    }
}
