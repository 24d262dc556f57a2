package no.tavla.organisation;

import java.util.List;

import no.tavla.shared.Refusal;
import no.tavla.organisation.internal.DirectoryQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people list of the administration, one page at a time so it stays quick with 50,000 people. Administrators,
 * managers and communications may look.
 */
@Service
public class PeopleDirectory {

    private final DirectoryQueries queries;
    private final AccessPolicy policy;
    private final People people;

    PeopleDirectory(DirectoryQueries queries, AccessPolicy policy, People people) {
        this.queries = queries;
        this.policy = policy;
        this.people = people;
    }

    /** What the signed-in person sees of people (decision 0011), for the view to offer the right filters. */
    @Transactional(readOnly = true)
    public PersonSight sight() {
        return policy.personSight(people.currentActor());
    }

    @Transactional(readOnly = true)
    public List<PersonRow> find(PeopleFilter filter, int offset, int limit) {
        return queries.find(filter, requireLook(filter), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(PeopleFilter filter) {
        return queries.count(filter, requireLook(filter));
    }

    private PersonSight requireLook(PeopleFilter filter) {
        if (filter.text().length() > 100) {
            throw new Refusal("people.search.too-long", 100);
        }
        policy.requireAnywhere(Action.VIEW_ADMINISTRATION);
        return sight();
    }
}
