package no.tavla.news;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The news settings.
 *
 * @param readRetentionDays how long per-person reading rows are kept (TAVLA_NEWS_READ_RETENTION_DAYS); the counts stay
 */
@ConfigurationProperties("tavla.news")
public record NewsProperties(Integer readRetentionDays) {

    public NewsProperties {
        if (readRetentionDays == null) {
            readRetentionDays = 180;
        }
        if (readRetentionDays < 1 || readRetentionDays > 3650) {
            throw new IllegalArgumentException("tavla.news.read-retention-days must be between 1 and 3650");
        }
    }
}
