package no.tavla.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a test's crisis leaves in the database that every other test shares: the crisis in force (its banner would be
 * on everyone's pages), its messages still waiting (the next test that sends would send them) and the planned items
 * it held back (the next test would miss them).
 */
public final class CrisisCleanup {

    private CrisisCleanup() {
    }

    public static void endEveryCrisis(JdbcTemplate jdbc) {
        jdbc.update("UPDATE crisis SET active_slot = NULL, ended_at = NOW(6) WHERE active_slot IS NOT NULL");
        jdbc.update("UPDATE crisis_message SET status = 'SKIPPED' WHERE status IN ('WAITING', 'SENDING')");
        jdbc.update("UPDATE news_item SET status = 'PUBLISHED' WHERE status = 'HELD'");
    }
}
