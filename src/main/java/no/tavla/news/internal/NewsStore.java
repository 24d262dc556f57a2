package no.tavla.news.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.ChangeKind;
import no.tavla.news.Item;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemEvent;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemStatus;
import no.tavla.news.ItemVersion;
import no.tavla.news.PlanRequirement;
import no.tavla.organisation.Role;
import no.tavla.shared.Language;
import no.tavla.shared.RequestMemo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The items' tables. The services hold the transactions and every rule. */
@Repository
public class NewsStore {

    public static final String COLUMNS = "i.id, i.title, i.lead, i.body, i.unit_id, u.name, i.contact_person_id,"
            + " c.name, i.kind, i.pinned_until, i.comments_enabled, i.whole_municipality, i.status, i.release_at,"
            + " i.expires_at, i.external_release, i.author_id, a.name, i.confirm_round, i.seen_count,"
            + " i.confirmed_count, i.created_at, i.updated_at, i.external_release_at, i.already_public,"
            + " i.already_public_reason, i.revision,"
            // the audience with the item, in the same statement (no query per item)
            + " (SELECT GROUP_CONCAT(CONCAT(au.unit_id, ':', au.include_sub_units) ORDER BY au.unit_id SEPARATOR ',')"
            + " FROM news_audience_unit au WHERE au.item_id = i.id),"
            + " (SELECT GROUP_CONCAT(ar.role ORDER BY ar.role SEPARATOR ',') FROM news_audience_role ar"
            + " WHERE ar.item_id = i.id), i.confirm_by, i.language";
    public static final String FROM = " FROM news_item i JOIN unit u ON u.id = i.unit_id"
            + " JOIN person a ON a.id = i.author_id LEFT JOIN person c ON c.id = i.contact_person_id";

    /** The request memo's key for items read. */
    static final String MEMO = "news-item:";

    private final JdbcTemplate jdbc;

    /** For the queries of this package that are not about one table of the store's. */
    JdbcTemplate jdbc() {
        return jdbc;
    }

    NewsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(ItemDraft draft, long authorId, Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        Timestamp at = Timestamp.from(now);
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, contact_person_id, kind, pinned_until,"
                        + " comments_enabled, whole_municipality, external_release, status, release_at, expires_at,"
                        + " author_id, created_at, updated_at, version, external_release_at, confirm_by, language)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                draft.title(), draft.lead(), draft.body(), draft.unitId(), draft.contactPersonId(), draft.kind().name(),
                timestamp(draft.pinnedUntil()), draft.commentsEnabled(), draft.audience().wholeMunicipality(),
                draft.externalRelease(), timestamp(draft.releaseAt()), timestamp(draft.expiresAt()), authorId, at, at,
                timestamp(draft.externalReleaseAt()), timestamp(draft.confirmBy()), draft.language().tag());
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        writeAudience(id, draft.audience());
        return id;
    }

    public void update(long id, ItemDraft draft, Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        jdbc.update("UPDATE news_item SET title = ?, lead = ?, body = ?, unit_id = ?, contact_person_id = ?, kind = ?,"
                        + " pinned_until = ?, comments_enabled = ?, whole_municipality = ?, external_release = ?,"
                        + " release_at = ?, expires_at = ?, external_release_at = ?, confirm_by = ?, language = ?,"
                        + " updated_at = ?, version = version + 1 WHERE id = ?",
                draft.title(), draft.lead(), draft.body(), draft.unitId(), draft.contactPersonId(), draft.kind().name(),
                timestamp(draft.pinnedUntil()), draft.commentsEnabled(), draft.audience().wholeMunicipality(),
                draft.externalRelease(), timestamp(draft.releaseAt()), timestamp(draft.expiresAt()),
                timestamp(draft.externalReleaseAt()), timestamp(draft.confirmBy()), draft.language().tag(),
                Timestamp.from(now), id);
        writeAudience(id, draft.audience());
    }

    /** What the writing hints said of the item's text as it was saved. */
    public void keepHints(long id, Integer lix, int longSentences, int plainerWords, int accessibility) {
        jdbc.update("UPDATE news_item SET hint_lix = ?, hint_long_sentences = ?, hint_plainer_words = ?,"
                + " hint_accessibility = ? WHERE id = ?", lix, longSentences, plainerWords, accessibility, id);
    }

    /** One released item's hints, for the trend. */
    public record Hinted(Instant releasedAt, Integer lix, int longSentences, int plainerWords, int accessibility) {
    }

    /** The hints of the items released to staff in {@code [from, until)}, by release. */
    public java.util.List<Hinted> hintsReleased(Instant from, Instant until) {
        return jdbc.query("SELECT release_at, hint_lix, hint_long_sentences, hint_plainer_words, hint_accessibility"
                        + " FROM news_item WHERE status = 'PUBLISHED' AND release_at >= ? AND release_at < ? ORDER BY"
                        + " release_at",
                (rs, row) -> new Hinted(rs.getTimestamp(1).toInstant(), rs.getObject(2, Integer.class), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5)), Timestamp.from(from), Timestamp.from(until));
    }

    public void setStatus(long id, ItemStatus status, Instant releaseAt, Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        jdbc.update("UPDATE news_item SET status = ?, release_at = COALESCE(?, release_at), updated_at = ?,"
                + " version = version + 1 WHERE id = ?", status.name(), timestamp(releaseAt), Timestamp.from(now), id);
    }

    /**
     * Holds every planned release (published, its internal release ahead) back. @return the items held
     */
    public List<Long> holdPlanned(Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        List<Long> planned = jdbc.queryForList("SELECT id FROM news_item WHERE status = 'PUBLISHED' AND release_at > ?"
                + " FOR UPDATE", Long.class, Timestamp.from(now));
        if (!planned.isEmpty()) {
            List<Object> arguments = new java.util.ArrayList<>(List.of(Timestamp.from(now)));
            jdbc.update("UPDATE news_item SET status = 'HELD', updated_at = ?, version = version + 1 WHERE status ="
                    + " 'PUBLISHED' AND id IN (" + no.tavla.shared.SqlList.in(planned, arguments) + ")",
                    arguments.toArray());
        }
        return planned;
    }

    /**
     * Holds back the public part still ahead of every item already out to staff: its planned time is kept apart and
     * taken off the item, so that no public channel has it. @return the items whose public part was held
     */
    public List<Long> holdPlannedPublic(Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        List<Long> planned = jdbc.queryForList("SELECT id FROM news_item WHERE status = 'PUBLISHED' AND release_at <= ?"
                + " AND external_release_at > ? FOR UPDATE", Long.class, Timestamp.from(now), Timestamp.from(now));
        if (!planned.isEmpty()) {
            List<Object> arguments = new java.util.ArrayList<>(List.of(Timestamp.from(now)));
            jdbc.update(HOLD_PUBLIC + no.tavla.shared.SqlList.in(planned, arguments) + ")", arguments.toArray());
        }
        return planned;
    }

    private static final String HOLD_PUBLIC = "UPDATE news_item SET external_held_at = external_release_at,"
            + " external_release_at = NULL, external_release = FALSE, updated_at = ?, version = version + 1 WHERE id IN (";

    /** The same for one item, if its public part is still ahead. @return whether it was held */
    public boolean holdPublic(long id, Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        return jdbc.update(HOLD_PUBLIC + "?) AND status = 'PUBLISHED' AND external_release_at > ?", Timestamp.from(now),
                id, Timestamp.from(now)) == 1;
    }

    /** The items whose public part a crisis held back, with the time it was planned for, by that time. */
    public java.util.LinkedHashMap<Long, Instant> heldPublic() {
        java.util.LinkedHashMap<Long, Instant> held = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT id, external_held_at FROM news_item WHERE external_held_at IS NOT NULL AND status ="
                + " 'PUBLISHED' ORDER BY external_held_at, id", (java.sql.ResultSet rs) -> {
                    held.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return held;
    }

    /** The time an item's held public part was planned for; empty when none is held. */
    public java.util.Optional<Instant> heldPublicAt(long id) {
        return jdbc.query("SELECT external_held_at FROM news_item WHERE id = ? AND external_held_at IS NOT NULL"
                + " AND status = 'PUBLISHED'", (rs, row) -> rs.getTimestamp(1).toInstant(), id).stream().findFirst();
    }

    /** Plans the held public part for that time, or keeps it held with that time (a crisis still lasts). */
    public void planHeldPublic(long id, Instant external, boolean stillHeld, Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        if (stillHeld) {
            jdbc.update("UPDATE news_item SET external_held_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                    Timestamp.from(external), Timestamp.from(now), id);
        } else {
            jdbc.update("UPDATE news_item SET external_release_at = ?, external_release = TRUE, external_held_at ="
                    + " NULL, updated_at = ?, version = version + 1 WHERE id = ?", Timestamp.from(external),
                    Timestamp.from(now), id);
        }
    }

    /** Drops the held public part: the item stays for staff only. */
    public void dropHeldPublic(long id, Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        jdbc.update("UPDATE news_item SET external_held_at = NULL, updated_at = ?, version = version + 1 WHERE id = ?",
                Timestamp.from(now), id);
    }

    public void reschedule(long id, Instant internal, Instant external, Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        // a new plan for the public part replaces one a crisis held (which a crisis may hold again)
        jdbc.update("UPDATE news_item SET release_at = ?, external_release_at = ?, external_release = ?,"
                        + " external_held_at = NULL, updated_at = ?, version = version + 1 WHERE id = ?",
                Timestamp.from(internal),
                timestamp(external), external != null, Timestamp.from(now), id);
    }

    public void markAlreadyPublic(long id, String reason, Instant now, Instant external) {
        RequestMemo.forget(NewsStore.MEMO);
        jdbc.update("UPDATE news_item SET already_public = TRUE, already_public_reason = ?, already_public_at = ?,"
                        + " status = 'PUBLISHED', release_at = CASE WHEN release_at IS NULL OR release_at > ? THEN ?"
                        + " ELSE release_at END, external_release_at = ?, external_release = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ?", reason, Timestamp.from(now), Timestamp.from(now),
                Timestamp.from(now), timestamp(external), external != null, Timestamp.from(now), id);
    }

    public List<no.tavla.news.Breach> breaches(Instant since) {
        return jdbc.query("SELECT u.id, u.name, COUNT(*) FROM news_item i JOIN unit u ON u.id = i.unit_id"
                        + " WHERE i.already_public AND i.already_public_at >= ? GROUP BY u.id, u.name"
                        + " ORDER BY COUNT(*) DESC, u.name",
                (rs, row) -> new no.tavla.news.Breach(rs.getLong(1), rs.getString(2), rs.getInt(3)),
                Timestamp.from(since));
    }

    /** Confirmed readers must confirm again: a new round, and the confirmed count starts from nothing. */
    public void newConfirmationRound(long id) {
        RequestMemo.forget(NewsStore.MEMO);
        jdbc.update("UPDATE news_item SET confirm_round = confirm_round + 1, confirmed_count = 0 WHERE id = ?", id);
    }

    /** The item with its audience, in one statement; read once per request until something is written. */
    /** How many items wait for communications' approval. */
    public int countSubmitted() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM news_item WHERE status = 'SUBMITTED'", Integer.class);
        return count == null ? 0 : count;
    }

    public Optional<Item> find(long id) {
        return RequestMemo.get(MEMO + id, () -> jdbc.query("SELECT " + COLUMNS + FROM + " WHERE i.id = ?",
                (rs, row) -> item(rs), id).stream().findFirst());
    }

    /** Items by a query that selects {@link #COLUMNS} {@link #FROM}, with their audiences, in one statement. */
    List<Item> query(String sql, Object... arguments) {
        return jdbc.query(sql, (rs, row) -> item(rs), arguments);
    }

    public void event(long id, String step, String actor, Instant at, String reason) {
        event(id, step, actor, at, reason, null);
    }

    /** A step that concerns one revision of the text (approved, corrected). */
    public void event(long id, String step, String actor, Instant at, String reason, Integer revision) {
        jdbc.update("INSERT INTO news_event (item_id, step, actor, happened_at, reason, revision)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, step, actor, Timestamp.from(at), reason, revision);
    }

    /** What the item announces that needs a plan, and a waiver communications gave; empty for an unknown item. */
    public Optional<PlanRequirement> planRequirement(long id, boolean planned) {
        return jdbc.query("SELECT change_kind, plan_waived_reason, plan_waived_by, plan_waived_at FROM news_item"
                + " WHERE id = ?", (rs, row) -> new PlanRequirement(rs.getString(1) == null ? null
                : ChangeKind.valueOf(rs.getString(1)), planned, rs.getString(2), rs.getString(3),
                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()), id).stream().findFirst();
    }

    public void setChangeKind(long id, ChangeKind kind) {
        jdbc.update("UPDATE news_item SET change_kind = ? WHERE id = ?", kind == null ? null : kind.name(), id);
    }

    public void waivePlan(long id, String reason, String by, Instant at) {
        jdbc.update("UPDATE news_item SET plan_waived_reason = ?, plan_waived_by = ?, plan_waived_at = ? WHERE id = ?",
                reason, by, Timestamp.from(at), id);
    }

    /** Marks the item as the crisis's public information. */
    public void markCrisisItem(long id, long crisisId) {
        jdbc.update("INSERT INTO news_crisis_item (item_id, crisis_id) VALUES (?, ?)", id, crisisId);
    }

    /** The items published for a crisis, oldest first. */
    public List<Long> crisisItems(long crisisId) {
        return jdbc.queryForList("SELECT item_id FROM news_crisis_item WHERE crisis_id = ? ORDER BY item_id",
                Long.class, crisisId);
    }

    public List<ItemEvent> events(long id) {
        return jdbc.query("SELECT step, actor, happened_at, reason, revision FROM news_event WHERE item_id = ?"
                        + " ORDER BY id",
                (rs, row) -> new ItemEvent(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getObject(5, Integer.class)), id);
    }

    /** Keeps the text as it is before a change, and numbers the text that replaces it. */
    public void version(Item before, boolean significant, String note, String actor, Instant at) {
        RequestMemo.forget(NewsStore.MEMO);
        jdbc.update("INSERT INTO news_version (item_id, title, lead, body, significant, note, changed_by, changed_at,"
                        + " revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", before.id(), before.title(), before.lead(),
                before.body(), significant, note, actor, Timestamp.from(at), before.revision());
        jdbc.update("UPDATE news_item SET revision = revision + 1 WHERE id = ?", before.id());
    }

    public List<ItemVersion> versions(long id) {
        return jdbc.query("SELECT title, lead, body, significant, note, changed_by, changed_at, revision"
                        + " FROM news_version WHERE item_id = ? ORDER BY id DESC",
                (rs, row) -> new ItemVersion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, Integer.class)), id);
    }

    /** A correction waiting for communications; it replaces one that was waiting already. */
    public void proposeCorrection(long itemId, String title, String lead, String body, boolean significant,
                                  String note, String actor, Instant at) {
        Timestamp now = Timestamp.from(at);
        jdbc.update("UPDATE news_correction SET status = 'REPLACED', decided_by = ?, decided_at = ? WHERE item_id = ?"
                + " AND status = 'PENDING'", actor, now, itemId);
        jdbc.update("INSERT INTO news_correction (item_id, title, lead, body, significant, note, proposed_by,"
                        + " proposed_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')", itemId, title, lead, body,
                significant, note, actor, now);
    }

    public Optional<no.tavla.news.PendingCorrection> pendingCorrection(long itemId) {
        return jdbc.query("SELECT id, item_id, title, lead, body, significant, note, proposed_by, proposed_at"
                        + " FROM news_correction WHERE item_id = ? AND status = 'PENDING'",
                (rs, row) -> new no.tavla.news.PendingCorrection(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()), itemId).stream().findFirst();
    }

    /** @return whether a waiting correction was decided (false when it was no longer waiting) */
    public boolean decideCorrection(long correctionId, String status, String actor, Instant at, String reason) {
        return jdbc.update("UPDATE news_correction SET status = ?, decided_by = ?, decided_at = ?, reason = ?"
                + " WHERE id = ? AND status = 'PENDING'", status, actor, Timestamp.from(at), reason, correctionId) == 1;
    }

    /** Items with a correction waiting for communications, oldest waiting first. */
    public List<Long> itemsWithPendingCorrections(int limit) {
        return jdbc.queryForList("SELECT item_id FROM news_correction WHERE status = 'PENDING' ORDER BY proposed_at"
                + " LIMIT ?", Long.class, limit);
    }

    /** Marks the item as already known outside (a breach of internal first) without releasing it. */
    public void flagAlreadyPublic(long id, String reason, Instant now) {
        RequestMemo.forget(NewsStore.MEMO);
        jdbc.update("UPDATE news_item SET already_public = TRUE, already_public_reason = ?, already_public_at = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ?", reason, Timestamp.from(now),
                Timestamp.from(now), id);
    }

    private void writeAudience(long id, Audience audience) {
        jdbc.update("DELETE FROM news_audience_unit WHERE item_id = ?", id);
        jdbc.update("DELETE FROM news_audience_role WHERE item_id = ?", id);
        if (!audience.wholeMunicipality()) {
            for (AudienceUnit unit : audience.units()) {
                jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) VALUES (?, ?, ?)",
                        id, unit.unitId(), unit.includeSubUnits());
            }
        }
        for (Role role : audience.roles()) {
            jdbc.update("INSERT INTO news_audience_role (item_id, role) VALUES (?, ?)", id, role.name());
        }
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getObject(7) == null ? null : rs.getLong(7), rs.getString(8),
                ItemKind.valueOf(rs.getString(9)), instant(rs.getTimestamp(10)), rs.getBoolean(11),
                audience(rs.getBoolean(12), rs.getString(28), rs.getString(29)),
                ItemStatus.valueOf(rs.getString(13)), instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15)),
                instant(rs.getTimestamp(24)), rs.getLong(17), rs.getString(18), rs.getInt(19), rs.getInt(20),
                rs.getInt(21), instant(rs.getTimestamp(22)), instant(rs.getTimestamp(23)), rs.getBoolean(25),
                rs.getString(26), rs.getInt(27), instant(rs.getTimestamp(30)),
                Language.fromTag(rs.getString(31)).orElse(Language.DEFAULT));
    }

    /** The audience from its aggregated columns: "unitId:includeSubUnits,..." and "ROLE,...". */
    static Audience audience(boolean whole, String units, String roles) {
        List<AudienceUnit> chosen = new ArrayList<>();
        if (units != null && !units.isEmpty()) {
            for (String unit : units.split(",")) {
                int colon = unit.indexOf(':');
                chosen.add(new AudienceUnit(Long.parseLong(unit.substring(0, colon)),
                        !unit.substring(colon + 1).equals("0")));
            }
        }
        Set<Role> held = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isEmpty()) {
            for (String role : roles.split(",")) {
                held.add(Role.valueOf(role));
            }
        }
        return new Audience(whole, chosen, held);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
