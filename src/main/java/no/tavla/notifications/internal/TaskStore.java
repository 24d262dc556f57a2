package no.tavla.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Tasks: work one person is responsible for, with when they are to be reminded of it. One row per subject (the owning
 * module's name for the work), replaced when the work changes; its bell entry and e-mail are outbox rows that go with
 * it.
 */
@Repository
public class TaskStore {

    /** A task as it is kept. */
    public record Task(long id, String subject, long personId, String title, String context, Instant taskAt,
                       String href, Instant remindAt, boolean rung) {
    }

    private static final String COLUMNS = "id, subject, person_id, title, context, task_at, href, remind_at, status";
    private static final RowMapper<Task> TASK = (rs, row) -> new Task(rs.getLong(1), rs.getString(2), rs.getLong(3),
            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
            rs.getTimestamp(8).toInstant(), "RUNG".equals(rs.getString(9)));

    private final JdbcTemplate jdbc;

    TaskStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Task> find(String subject) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_task WHERE subject = ?", TASK, subject).stream()
                .findFirst();
    }

    public Optional<Task> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_task WHERE id = ?", TASK, id).stream().findFirst();
    }

    /** The tasks with these ids that are still there. */
    public List<Task> find(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        String in = SqlList.in(ids, arguments);
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_task WHERE id IN (" + in + ")", TASK,
                arguments.toArray());
    }

    /** A new task, waiting for its reminder. @return its id */
    public long insert(String subject, long personId, String title, String context, Instant taskAt, String href,
                       Instant remindAt, Instant now) {
        jdbc.update("INSERT INTO notification_task (subject, person_id, title, context, task_at, href, remind_at,"
                        + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?)", subject, personId, title,
                context, Timestamp.from(taskAt), href, Timestamp.from(remindAt), Timestamp.from(now));
        return find(subject).orElseThrow().id();
    }

    /** The work's texts changed, not who or when: what the reminder says follows. */
    public void retitle(long id, String title, String context, String href) {
        jdbc.update("UPDATE notification_task SET title = ?, context = ?, href = ? WHERE id = ?", title, context, href,
                id);
    }

    /** The subjects that begin with the prefix (taken literally, not as a pattern). */
    public List<String> subjects(String prefix) {
        String literal = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.queryForList("SELECT subject FROM notification_task WHERE subject LIKE ? ORDER BY subject",
                String.class, literal + "%");
    }

    public void delete(String subject) {
        jdbc.update("DELETE FROM notification_task WHERE subject = ?", subject);
    }

    /** The ids of tasks whose reminder is due and has not rung, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("SELECT id FROM notification_task WHERE status = 'WAITING' AND remind_at <= ? ORDER BY"
                + " remind_at, id LIMIT ?", Long.class, Timestamp.from(now), limit);
    }

    /** Marks the task rung; false if another run rang it first (two Tavla instances). */
    public boolean ring(long id) {
        return jdbc.update("UPDATE notification_task SET status = 'RUNG' WHERE id = ? AND status = 'WAITING'", id) == 1;
    }
}
