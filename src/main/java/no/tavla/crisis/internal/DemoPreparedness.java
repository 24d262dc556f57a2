package no.tavla.crisis.internal;

import java.time.Clock;
import java.util.List;

import no.tavla.crisis.Preparedness;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local profile's emergency plan and whom to call, once, so that a drill in the demo shows every part of the
 * crisis page (fictional numbers; a real municipality keeps its own on the crisis-staff page).
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "tavla.demo.organisation", havingValue = "true", matchIfMissing = true)
@Order(30)
public class DemoPreparedness implements ApplicationRunner {

    public static final Preparedness DEMO = new Preparedness("Beredskapsplan for Eksempel kommune", "/units/ST",
            List.of(new Preparedness.Contact("Kriseledelsen", "vakttelefon, hele døgnet", "62 00 00 99"),
                    new Preparedness.Contact("Kommunedirektøren", null, "62 00 00 01"),
                    new Preparedness.Contact("Kommunikasjon og service", "pressevakt", "62 00 01 99"),
                    new Preparedness.Contact("IKT", "driftsvakt", "62 00 02 99")));

    private final CrisisStore store;
    private final Clock clock;

    DemoPreparedness(CrisisStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        Preparedness now = store.preparedness();
        if (now.planUrl() == null && now.contacts().isEmpty()) {
            store.savePreparedness(DEMO, clock.instant(), "Tavla (demo)");
        }
    }
}
