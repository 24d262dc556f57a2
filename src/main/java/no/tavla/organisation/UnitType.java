package no.tavla.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The levels of the unit tree; project rooms are units too. */
public enum UnitType {
    SECTOR(Set.of("sektor", "sector", "kommunalområde", "område")),
    UNIT(Set.of("virksomhet", "enhet", "unit", "tjeneste")),
    DEPARTMENT(Set.of("avdeling", "department", "seksjon", "team")),
    PROJECT(Set.of("prosjekt", "project", "prosjektrom"));

    private final Set<String> names;

    UnitType(Set<String> names) {
        this.names = names;
    }

    /** The type for a word as HR systems write it, in Norwegian or English; empty if unknown. */
    public static Optional<UnitType> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String wanted = word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.names.contains(wanted) || t.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
