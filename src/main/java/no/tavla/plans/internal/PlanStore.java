package no.tavla.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.tavla.plans.BudgetRow;
import no.tavla.plans.BudgetRowDraft;
import no.tavla.plans.Measure;
import no.tavla.plans.MeasureChannel;
import no.tavla.plans.MeasureDraft;
import no.tavla.plans.MeasureStatus;
import no.tavla.plans.Plan;
import no.tavla.plans.PlanDraft;
import no.tavla.plans.PlanStatus;
import no.tavla.plans.TargetGroup;
import no.tavla.plans.TargetGroupDraft;
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Plans and their measures. */
@Repository
public class PlanStore {

    private static final String PLAN = "SELECT p.id, p.unit_id, u.name, p.name, p.background, p.change_text,"
            + " p.archive_ref, p.goal, p.key_messages, p.status, c.name, p.created_at, p.updated_at, p.version"
            + " FROM plan p JOIN unit u ON u.id = p.unit_id JOIN person c ON c.id = p.created_by";
    private static final String MEASURE = "SELECT m.id, m.plan_id, m.title, m.channel, m.planned_at,"
            + " m.responsible_id, r.name, m.status, m.notes, m.item_id, m.target_group_id, g.name FROM plan_measure m"
            + " LEFT JOIN person r ON r.id = m.responsible_id LEFT JOIN plan_target_group g ON g.id = m.target_group_id";

    private final JdbcTemplate jdbc;

    PlanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(PlanDraft draft, long createdBy, Instant at) {
        jdbc.update("INSERT INTO plan (unit_id, name, background, change_text, archive_ref, goal, key_messages,"
                        + " status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)",
                draft.unitId(), draft.name(), draft.background(), draft.change(), draft.archiveRef(), draft.goal(),
                draft.keyMessages(), createdBy, Timestamp.from(at), Timestamp.from(at));
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    /** Saves it if no one else did since {@code version}; false if someone did. */
    public boolean update(long id, PlanDraft draft, int version, Instant at) {
        return jdbc.update("UPDATE plan SET unit_id = ?, name = ?, background = ?, change_text = ?, archive_ref = ?,"
                        + " goal = ?, key_messages = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version"
                        + " = ?", draft.unitId(), draft.name(), draft.background(), draft.change(), draft.archiveRef(),
                draft.goal(), draft.keyMessages(), Timestamp.from(at), id, version) == 1;
    }

    /** A plan's words for the search index: its name, and the case, goal and key messages. */
    public record Words(long id, String name, String text) {
    }

    private static final String WORDS = "SELECT id, name, CONCAT_WS('\\n', background, change_text, archive_ref,"
            + " goal, key_messages) FROM plan";

    /** Plans by id, after this one, for the search index. */
    public List<Words> words(long afterId, int limit) {
        return jdbc.query(WORDS + " WHERE id > ? ORDER BY id LIMIT ?", (rs, row) -> new Words(rs.getLong(1),
                rs.getString(2), rs.getString(3)), afterId, limit);
    }

    /** Plans changed since the instant, for the search index. */
    public List<Words> wordsChangedSince(Instant since) {
        return jdbc.query(WORDS + " WHERE updated_at > ?", (rs, row) -> new Words(rs.getLong(1), rs.getString(2),
                rs.getString(3)), Timestamp.from(since));
    }

    public int count() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM plan", Integer.class);
        return count == null ? 0 : count;
    }

    public void setStatus(long id, PlanStatus status, Instant at) {
        jdbc.update("UPDATE plan SET status = ?, updated_at = ?, closed_at = ?, version = version + 1 WHERE id = ?",
                status.name(), Timestamp.from(at), status == PlanStatus.CLOSED ? Timestamp.from(at) : null, id);
    }

    /** When a plan was closed (null while open), what worked and what to do differently (null until written). */
    public record Evaluation(Instant closedAt, String worked, String change) {
    }

    public Evaluation evaluation(long id) {
        return jdbc.query("SELECT closed_at, evaluation_worked, evaluation_change FROM plan WHERE id = ?",
                (rs, row) -> new Evaluation(rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
                        rs.getString(2), rs.getString(3)), id).stream().findFirst()
                .orElse(new Evaluation(null, null, null));
    }

    public void saveEvaluation(long id, String worked, String change, Instant at) {
        jdbc.update("UPDATE plan SET evaluation_worked = ?, evaluation_change = ?, updated_at = ? WHERE id = ?", worked,
                change, Timestamp.from(at), id);
    }

    public Optional<Plan> find(long id) {
        return jdbc.query(PLAN + " WHERE p.id = ?", PlanStore::plan, id).stream().findFirst();
    }

    /** The plans of these units (null: every unit's), newest first. */
    public List<Plan> list(Collection<Long> units) {
        if (units == null) {
            return jdbc.query(PLAN + " ORDER BY p.updated_at DESC, p.id DESC LIMIT 500", PlanStore::plan);
        }
        if (units.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        return jdbc.query(PLAN + " WHERE p.unit_id IN (" + SqlList.in(units, arguments) + ")"
                + " ORDER BY p.updated_at DESC, p.id DESC LIMIT 500", PlanStore::plan, arguments.toArray());
    }

    public long insertMeasure(long planId, MeasureDraft draft) {
        jdbc.update("INSERT INTO plan_measure (plan_id, title, channel, target_group_id, planned_at, responsible_id,"
                        + " status, notes) VALUES (?, ?, ?, ?, ?, ?, 'PLANNED', ?)", planId, draft.title(),
                draft.channel().name(), draft.targetGroupId(), draft.plannedAt() == null ? null
                        : Timestamp.from(draft.plannedAt()), draft.responsibleId(), draft.notes());
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    /** The plan's measures, by time (those without one last). */
    public List<Measure> measures(long planId) {
        return jdbc.query(MEASURE + " WHERE m.plan_id = ? ORDER BY m.planned_at IS NULL, m.planned_at, m.id",
                PlanStore::measure, planId);
    }

    /** A measure on the editorial calendar, with its plan's name and unit. */
    public record PlannedMeasure(Measure measure, String planName, long planUnitId) {
    }

    /** The measures with a time in {@code (from, until]} in plans not closed, by time. */
    public List<PlannedMeasure> measuresBetween(Instant from, Instant until) {
        return jdbc.query(MEASURE.replace(" FROM plan_measure m", ", p.name, p.unit_id FROM plan_measure m JOIN plan p ON"
                        + " p.id = m.plan_id") + " WHERE p.status <> 'CLOSED' AND m.planned_at > ? AND m.planned_at <= ?"
                        + " ORDER BY m.planned_at, m.id",
                (rs, row) -> new PlannedMeasure(measure(rs, row), rs.getString(13), rs.getLong(14)),
                Timestamp.from(from), Timestamp.from(until));
    }

    /** Days kept clear, as kept. */
    public record BlockedDays(long id, java.time.LocalDate first, java.time.LocalDate last, String reason,
                              String createdBy) {
    }

    /** The blocked days that touch {@code [first, last]}, by their first day. */
    public List<BlockedDays> blockedDays(java.time.LocalDate first, java.time.LocalDate last) {
        return jdbc.query("SELECT id, first_day, last_day, reason, created_by FROM plan_blocked_day WHERE first_day <= ?"
                        + " AND last_day >= ? ORDER BY first_day, id",
                (rs, row) -> new BlockedDays(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getString(5)), java.sql.Date.valueOf(last), java.sql.Date.valueOf(first));
    }

    public long insertBlockedDays(java.time.LocalDate first, java.time.LocalDate last, String reason, String by,
                                  Instant now) {
        jdbc.update("INSERT INTO plan_blocked_day (first_day, last_day, reason, created_by, created_at) VALUES (?, ?, ?,"
                + " ?, ?)", java.sql.Date.valueOf(first), java.sql.Date.valueOf(last), reason, by, Timestamp.from(now));
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    public boolean deleteBlockedDays(long id) {
        return jdbc.update("DELETE FROM plan_blocked_day WHERE id = ?", id) == 1;
    }

    public Optional<Measure> measure(long id) {
        return jdbc.query(MEASURE + " WHERE m.id = ?", PlanStore::measure, id).stream().findFirst();
    }

    public void setMeasureStatus(long id, MeasureStatus status) {
        jdbc.update("UPDATE plan_measure SET status = ? WHERE id = ?", status.name(), id);
    }

    public void deleteMeasure(long id) {
        jdbc.update("DELETE FROM plan_measure WHERE id = ?", id);
    }

    /** Links the measure to the item it made, if it has none yet; false if it had one. */
    public boolean linkItem(long measureId, long itemId) {
        return jdbc.update("UPDATE plan_measure SET item_id = ? WHERE id = ? AND item_id IS NULL", itemId,
                measureId) == 1;
    }

    /** The plan an item was made for, if any. */
    public Optional<Long> planOfItem(long itemId) {
        return jdbc.queryForList("SELECT plan_id FROM plan_measure WHERE item_id = ? ORDER BY id LIMIT 1", Long.class,
                itemId).stream().findFirst();
    }

    /** The plan's target groups, in the order they were added, with their answers. */
    public List<TargetGroup> targetGroups(long planId) {
        Map<Long, List<TargetGroup.Answer>> answers = new HashMap<>();
        jdbc.query("SELECT a.group_id, a.question, a.answer FROM plan_target_answer a JOIN plan_target_group g"
                + " ON g.id = a.group_id WHERE g.plan_id = ? ORDER BY a.group_id, a.position", rs -> {
            answers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new TargetGroup.Answer(
                    rs.getString(2), rs.getString(3)));
        }, planId);
        return jdbc.query("SELECT g.id, g.plan_id, g.name, g.unit_id, u.name FROM plan_target_group g"
                        + " LEFT JOIN unit u ON u.id = g.unit_id WHERE g.plan_id = ? ORDER BY g.position, g.id",
                (rs, row) -> new TargetGroup(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), answers.getOrDefault(rs.getLong(1), List.of())),
                planId);
    }

    /** The plan a target group belongs to. */
    public Optional<Long> planOfTargetGroup(long groupId) {
        return jdbc.queryForList("SELECT plan_id FROM plan_target_group WHERE id = ?", Long.class, groupId).stream()
                .findFirst();
    }

    public long insertTargetGroup(long planId, TargetGroupDraft draft) {
        jdbc.update("INSERT INTO plan_target_group (plan_id, position, name, unit_id) SELECT ?, COALESCE(MAX(position),"
                + " 0) + 1, ?, ? FROM plan_target_group WHERE plan_id = ?", planId, draft.name(), draft.unitId(), planId);
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        insertAnswers(id, draft.answers());
        return id;
    }

    public void updateTargetGroup(long groupId, TargetGroupDraft draft) {
        jdbc.update("UPDATE plan_target_group SET name = ?, unit_id = ? WHERE id = ?", draft.name(), draft.unitId(),
                groupId);
        jdbc.update("DELETE FROM plan_target_answer WHERE group_id = ?", groupId);
        insertAnswers(groupId, draft.answers());
    }

    private void insertAnswers(long groupId, List<TargetGroup.Answer> answers) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            rows.add(new Object[] {groupId, i + 1, answers.get(i).question(), answers.get(i).answer()});
        }
        jdbc.batchUpdate("INSERT INTO plan_target_answer (group_id, position, question, answer) VALUES (?, ?, ?, ?)",
                rows);
    }

    public void deleteTargetGroup(long groupId) {
        jdbc.update("DELETE FROM plan_target_group WHERE id = ?", groupId);
    }

    /** The plan's budget, in the order the rows were added. */
    public List<BudgetRow> budget(long planId) {
        return jdbc.query("SELECT id, plan_id, measure, target_group, channel, price FROM plan_budget_row"
                + " WHERE plan_id = ? ORDER BY id", (rs, row) -> new BudgetRow(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5) == null ? null
                : MeasureChannel.valueOf(rs.getString(5)), rs.getLong(6)), planId);
    }

    public long insertBudgetRow(long planId, BudgetRowDraft draft) {
        jdbc.update("INSERT INTO plan_budget_row (plan_id, measure, target_group, channel, price) VALUES (?, ?, ?, ?,"
                + " ?)", planId, draft.measure(), draft.targetGroup(), draft.channel() == null ? null
                : draft.channel().name(), draft.price());
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    /** The plan a budget row belongs to. */
    public Optional<Long> planOfBudgetRow(long rowId) {
        return jdbc.queryForList("SELECT plan_id FROM plan_budget_row WHERE id = ?", Long.class, rowId).stream()
                .findFirst();
    }

    public void deleteBudgetRow(long rowId) {
        jdbc.update("DELETE FROM plan_budget_row WHERE id = ?", rowId);
    }

    /** The municipality's own template entries of a kind, in order; empty when it uses the shipped default. */
    public List<String> templateEntries(String kind) {
        return jdbc.queryForList("SELECT text FROM plan_template_entry WHERE kind = ? ORDER BY position", String.class,
                kind);
    }

    /** Replaces the template's entries of a kind; none goes back to the shipped default. */
    public void replaceTemplateEntries(String kind, List<String> entries) {
        jdbc.update("DELETE FROM plan_template_entry WHERE kind = ?", kind);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            rows.add(new Object[] {kind, i + 1, entries.get(i)});
        }
        jdbc.batchUpdate("INSERT INTO plan_template_entry (kind, position, text) VALUES (?, ?, ?)", rows);
    }

    public boolean personExists(long personId) {
        return !jdbc.queryForList("SELECT 1 FROM person WHERE id = ? AND status = 'ACTIVE'", Integer.class, personId).isEmpty();
    }

    private static Plan plan(ResultSet rs, int row) throws SQLException {
        return new Plan(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), PlanStatus.valueOf(rs.getString(10)),
                rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getTimestamp(13).toInstant(), rs.getInt(14));
    }

    private static Measure measure(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp(5);
        return new Measure(rs.getLong(1), rs.getLong(2), rs.getString(3), MeasureChannel.valueOf(rs.getString(4)),
                rs.getObject(11, Long.class), rs.getString(12), at == null ? null : at.toInstant(), rs.getObject(6, Long.class), rs.getString(7),
                MeasureStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getObject(10, Long.class));
    }
}
