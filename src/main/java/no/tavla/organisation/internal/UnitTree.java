package no.tavla.organisation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unit tree as the access policy needs it: each unit's parent and whether it is active. A municipality has
 * hundreds of units, not millions, so the whole tree is read in one small query per question.
 */
@Component
public class UnitTree {

    private final JdbcTemplate jdbc;

    UnitTree(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Node(long id, Long parentId, boolean active) {
    }

    /** The tree as it is now (read once per request). */
    public Snapshot snapshot() {
        return no.tavla.shared.RequestMemo.get("unit-tree", this::read);
    }

    private Snapshot read() {
        Map<Long, Node> nodes = new HashMap<>();
        jdbc.query("SELECT id, parent_id, status FROM unit", rs -> {
            long parent = rs.getLong(2);
            Long parentId = rs.wasNull() ? null : parent; // wasNull speaks of the column read last
            nodes.put(rs.getLong(1), new Node(rs.getLong(1), parentId, "ACTIVE".equals(rs.getString(3))));
        });
        return new Snapshot(nodes);
    }

    public record Snapshot(Map<Long, Node> nodes) {

        public Optional<Node> unit(long id) {
            return Optional.ofNullable(nodes.get(id));
        }

        /** The units and everything below them. */
        public java.util.Set<Long> withDescendants(java.util.Collection<Long> units) {
            Map<Long, List<Long>> children = new HashMap<>();
            nodes.values().forEach(n -> {
                if (n.parentId() != null) {
                    children.computeIfAbsent(n.parentId(), p -> new ArrayList<>()).add(n.id());
                }
            });
            java.util.Set<Long> found = new java.util.HashSet<>();
            java.util.Deque<Long> pending = new java.util.ArrayDeque<>(units);
            while (!pending.isEmpty()) {
                Long unit = pending.pop();
                if (nodes.containsKey(unit) && found.add(unit)) {
                    pending.addAll(children.getOrDefault(unit, List.of()));
                }
            }
            return found;
        }

        /** The unit, its parent, its parent's parent, ... up to the top; stops if the data ever holds a circle. */
        public List<Long> unitAndAncestors(long id) {
            List<Long> path = new ArrayList<>();
            Long current = id;
            while (current != null && nodes.containsKey(current) && !path.contains(current)) {
                path.add(current);
                current = nodes.get(current).parentId();
            }
            return path;
        }
    }
}
