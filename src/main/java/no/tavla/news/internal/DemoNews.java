package no.tavla.news.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemStatus;
import no.tavla.news.LanguageVersion;
import no.tavla.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A few believable items in the demo municipality (local profile only), once, after the demo organisation. */
@Component
@Profile("local")
@ConditionalOnProperty(name = "tavla.demo.organisation", havingValue = "true", matchIfMissing = true)
@Order(20)
class DemoNews implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoNews.class);

    private final JdbcTemplate jdbc;
    private final NewsStore store;
    private final Clock clock;

    private final LanguageVersionStore versions;

    DemoNews(JdbcTemplate jdbc, NewsStore store, Clock clock, LanguageVersionStore versions) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        Integer items = jdbc.queryForObject("SELECT COUNT(*) FROM news_item", Integer.class);
        Optional<Long> ingrid = person("10005");
        Optional<Long> ola = person("10003");
        if (items == null || items > 0 || ingrid.isEmpty() || ola.isEmpty() || unit("ST").isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        publish(ItemDraft.of("Tavla er tatt i bruk", "Nyheter og beskjeder kommer nå her, før de står i avisen.",
                "Fra i dag erstatter **Tavla** fellesmeldingene på e-post.\n\n- Nyheter fra kommunen og din enhet\n"
                        + "- Beskjeder som må leses og bekreftes\n- Oppslag på papir for dem uten PC\n\n"
                        + "Spørsmål? Kontakt kommunikasjonsenheten.",
                unit("ST").get(), ingrid.get(), ItemKind.IMPORTANT, now.plus(Duration.ofDays(14)), true,
                Audience.everyone(), now.minus(Duration.ofHours(2)), null, null), ingrid.get(), now);
        unit("HO").ifPresent(health -> publish(ItemDraft.of("Ny rutine for legemiddelhåndtering",
                "Gjelder alle i helse og omsorg fra 1. desember.",
                "## Hva er nytt\n\nDobbeltkontroll gjelder nå også for **faste medisiner**.\n\n"
                        + "> Les rutinen og bekreft at du har forstått den.",
                health, ingrid.get(), ItemKind.MUST_READ, null, false,
                new Audience(false, List.of(new AudienceUnit(health, true)), Set.of()),
                now.minus(Duration.ofDays(1)), null, null), ingrid.get(), now));
        unit("OK-SOL").ifPresent(school -> publish(ItemDraft.of("Foreldremøte torsdag",
                "Torsdag kl. 18 i gymsalen.", "Alle lærere deltar. Kaffe fra kl. 17.45.", school, ola.get(),
                ItemKind.NORMAL, null, true, new Audience(false, List.of(new AudienceUnit(school, true)), Set.of()),
                now.minus(Duration.ofDays(2)), null, null), ola.get(), now));
        long canteen = publish(ItemDraft.of("Kantina holder stengt fredag", "", "Kantina på rådhuset er stengt"
                + " fredag på grunn av vedlikehold.", unit("ST").get(), ingrid.get(), ItemKind.NORMAL, null, false,
                Audience.everyone(), now.minus(Duration.ofDays(3)), null, null), ingrid.get(), now);
        // an item in two languages, as for staff with another language background
        versions.save(canteen, new LanguageVersion(Language.ENGLISH, "The canteen is closed on Friday", "",
                "The canteen in the town hall is closed on Friday for maintenance."), "demo", now);
        LOG.info("Loaded the demo news");
    }

    private long publish(ItemDraft draft, long author, Instant now) {
        long id = store.insert(draft, author, draft.releaseAt());
        store.setStatus(id, ItemStatus.PUBLISHED, draft.releaseAt(), draft.releaseAt());
        store.event(id, "PUBLISHED", "demo", draft.releaseAt(), null);
        return id;
    }

    private Optional<Long> person(String number) {
        return jdbc.queryForList("SELECT id FROM person WHERE employee_number = ?", Long.class, number).stream()
                .findFirst();
    }

    private Optional<Long> unit(String code) {
        return jdbc.queryForList("SELECT id FROM unit WHERE code = ?", Long.class, code).stream().findFirst();
    }
}
