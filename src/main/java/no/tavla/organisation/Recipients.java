package no.tavla.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.tavla.organisation.internal.AudienceQueries;
import no.tavla.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom Tavla's own jobs tell about an item: the active people an audience holds now, and where and in which language
 * to reach them. For the notification jobs only, which run without anyone signed in; what a person may see of others
 * is {@link Audiences#members} and the people list, which check who asks. The audience rule is the people's side in
 * {@code AudienceQueries}, the same as {@link Audiences#size}.
 */
@Service
public class Recipients {

    /**
     * @param email    the work e-mail address; null when HR has none
     * @param language the person's own choice in Tavla, else what HR records, else Bokmål (decision 0005)
     * @param mobile   the mobile number HR gives, in E.164; null when none
     */
    public record Recipient(long personId, String name, String email, Language language, boolean hasWorkComputer,
                            String mobile) {
    }

    private final AudienceQueries queries;
    private final no.tavla.organisation.internal.UnitTree tree;

    Recipients(AudienceQueries queries, no.tavla.organisation.internal.UnitTree tree) {
        this.queries = queries;
        this.tree = tree;
    }

    /**
     * Who follows up each unit's staff: the active people holding the manager role on the unit or a unit above it
     * (as {@link AccessPolicy#followedUpUnits} sees it from the manager's side).
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> managersOf(Collection<Long> unitIds) {
        no.tavla.organisation.internal.UnitTree.Snapshot snapshot = tree.snapshot();
        Map<Long, List<Long>> above = new java.util.HashMap<>();
        unitIds.forEach(unit -> above.put(unit, snapshot.unitAndAncestors(unit)));
        Map<Long, Set<Long>> holders = queries.holdersByUnit(Role.MANAGER, above.values().stream()
                .flatMap(List::stream).collect(java.util.stream.Collectors.toSet()));
        Map<Long, Set<Long>> managers = new java.util.LinkedHashMap<>();
        above.forEach((unit, chain) -> {
            Set<Long> found = new java.util.LinkedHashSet<>();
            chain.forEach(u -> found.addAll(holders.getOrDefault(u, Set.of())));
            managers.put(unit, found);
        });
        return managers;
    }

    /** How a person in an audience can be reached, without their name or address (for counting and fanning out). */
    public record Reach(long personId, boolean hasEmail, boolean hasWorkComputer, String mobile) {
    }

    /** The active people in the audience and how each can be reached, in one read. */
    @Transactional(readOnly = true)
    public List<Reach> reach(boolean wholeMunicipality, Set<Long> units, Set<Role> roles) {
        return queries.reach(wholeMunicipality, units, roles);
    }

    /** How to reach each of these people who is still active (someone who has left is not in the answer). */
    @Transactional(readOnly = true)
    public Map<Long, Recipient> contacts(Collection<Long> personIds) {
        return queries.contacts(personIds);
    }
}
