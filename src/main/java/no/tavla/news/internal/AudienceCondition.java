package no.tavla.news.internal;

import java.util.Collections;
import java.util.List;

import no.tavla.news.Audience;
import no.tavla.organisation.Membership;
import no.tavla.organisation.Role;
import no.tavla.shared.SqlList;

/**
 * The one audience condition, read from the items' side: an item reaches someone when it is for the whole
 * municipality, or one of its audience units is one of theirs, or is above one of theirs and was chosen with its
 * sub-units; and, if the item is narrowed to roles, they hold one. Here as SQL (for queries over items, alias
 * {@code i}) and in memory (for an item already read, asked about many open pages at once); the two are one rule, and
 * {@code AudienceRuleIT} holds them, and the people's side ({@code organisation}'s {@code AudienceQueries}), to each
 * other.
 */
public final class AudienceCondition {

    /** Which narrowing to roles an item may have. */
    public enum Roles {
        /** The item reaches the person when it is narrowed to no roles or to one they hold. */
        HELD,
        /** The item is for everyone in the units, narrowed to no roles (what a staff-room screen shows). */
        NOT_NARROWED,
        /** Any narrowing: the item reaches the units at all (following reach up). */
        ANY
    }

    private AudienceCondition() {
    }

    /**
     * The condition in SQL, beginning with " AND "; the arguments are added in order.
     *
     * <p>Written as scalar subqueries, looked up per item along the audience tables' primary keys, not as
     * {@code EXISTS}: MariaDB turns an {@code EXISTS} into an {@code IN} and may materialise it, reading every audience
     * row of the reader's units first, which grows with the number of items (a million items: 5,000 rows and 23 ms
     * per feed page, where the page itself reads a few hundred items; docs/BENCHMARKS.md, "Reading at scale").
     */
    public static String reaching(Membership reader, Roles roles, List<Object> arguments) {
        StringBuilder sql = new StringBuilder(" AND (i.whole_municipality OR (SELECT 1 FROM"
                + " news_audience_unit a WHERE a.item_id = i.id AND (a.unit_id IN (")
                .append(SqlList.in(reader.units(), arguments))
                .append(") OR (a.include_sub_units AND a.unit_id IN (")
                .append(SqlList.in(reader.unitsAndAbove(), arguments)).append("))) LIMIT 1) IS NOT NULL)");
        switch (roles) {
            // no roles (the greatest of none is NULL), or one of them held
            case HELD -> sql.append(" AND COALESCE((SELECT MAX(ar.role IN (")
                    .append(SqlList.in(reader.roles().stream().map(Role::name).toList(), arguments))
                    .append(")) FROM news_audience_role ar WHERE ar.item_id = i.id), 1) = 1");
            case NOT_NARROWED -> sql.append(" AND (SELECT 1 FROM news_audience_role ar WHERE ar.item_id = i.id"
                    + " LIMIT 1) IS NULL");
            case ANY -> {
            }
        }
        return sql.toString();
    }

    /** The same condition for an audience in memory. */
    public static boolean reaches(Audience audience, Membership reader, Roles roles) {
        boolean units = audience.wholeMunicipality() || audience.units().stream().anyMatch(unit ->
                reader.units().contains(unit.unitId())
                        || unit.includeSubUnits() && reader.unitsAndAbove().contains(unit.unitId()));
        return units && switch (roles) {
            case HELD -> audience.roles().isEmpty() || !Collections.disjoint(audience.roles(), reader.roles());
            case NOT_NARROWED -> audience.roles().isEmpty();
            case ANY -> true;
        };
    }
}
