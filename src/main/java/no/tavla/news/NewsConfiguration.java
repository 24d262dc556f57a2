package no.tavla.news;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly jobs (the retention of reading rows). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NewsConfiguration {
}
