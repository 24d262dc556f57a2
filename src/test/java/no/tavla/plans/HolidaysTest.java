package no.tavla.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Norway's public holidays, against the almanac. */
class HolidaysTest {

    @Test
    void easterFollowsTheAlmanac() {
        assertThat(Holidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Holidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Holidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Holidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Holidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void theYearHasItsTwelvePublicHolidays() {
        assertThat(Holidays.of(2026)).hasSize(12)
                .containsEntry(LocalDate.of(2026, 1, 1), List.of(Holidays.Holiday.NEW_YEAR))
                .containsEntry(LocalDate.of(2026, 4, 2), List.of(Holidays.Holiday.MAUNDY_THURSDAY))
                .containsEntry(LocalDate.of(2026, 4, 3), List.of(Holidays.Holiday.GOOD_FRIDAY))
                .containsEntry(LocalDate.of(2026, 4, 6), List.of(Holidays.Holiday.EASTER_MONDAY))
                .containsEntry(LocalDate.of(2026, 5, 1), List.of(Holidays.Holiday.LABOUR_DAY))
                .containsEntry(LocalDate.of(2026, 5, 14), List.of(Holidays.Holiday.ASCENSION_DAY))
                .containsEntry(LocalDate.of(2026, 5, 17), List.of(Holidays.Holiday.CONSTITUTION_DAY))
                .containsEntry(LocalDate.of(2026, 5, 24), List.of(Holidays.Holiday.WHIT_SUNDAY))
                .containsEntry(LocalDate.of(2026, 5, 25), List.of(Holidays.Holiday.WHIT_MONDAY))
                .containsEntry(LocalDate.of(2026, 12, 25), List.of(Holidays.Holiday.CHRISTMAS_DAY))
                .containsEntry(LocalDate.of(2026, 12, 26), List.of(Holidays.Holiday.BOXING_DAY));
    }

    @Test
    void whitMondayCanFallOnConstitutionDay() {
        assertThat(Holidays.of(2027)).hasSize(11)
                .containsEntry(LocalDate.of(2027, 3, 25), List.of(Holidays.Holiday.MAUNDY_THURSDAY))
                .containsEntry(LocalDate.of(2027, 5, 6), List.of(Holidays.Holiday.ASCENSION_DAY))
                .containsEntry(LocalDate.of(2027, 5, 17), List.of(Holidays.Holiday.CONSTITUTION_DAY,
                        Holidays.Holiday.WHIT_MONDAY));
    }
}
