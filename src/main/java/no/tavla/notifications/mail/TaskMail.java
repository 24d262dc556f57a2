package no.tavla.notifications.mail;

import java.util.Locale;

import no.tavla.notifications.internal.TaskStore;
import no.tavla.shared.Language;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.Translations;
import org.jsoup.nodes.Element;

/**
 * The reminder of work someone is responsible for (a communication plan's measure): what, in what, when, with its page
 * one click away.
 */
public final class TaskMail {

    private final Translations translations;
    private final String municipality;
    private final String baseUrl;
    private final boolean logo;

    /** @param logo whether the e-mail carries the municipality's logo ({@link MailLogo}) */
    public TaskMail(Translations translations, String municipality, String baseUrl, boolean logo) {
        this.logo = logo;
        this.translations = translations;
        this.municipality = municipality;
        this.baseUrl = baseUrl;
    }

    public ItemMail.Rendered render(TaskStore.Task task, Language language, String unsubscribeUrl) {
        Locale locale = language.locale();
        String when = TavlaTime.dateTime(task.taskAt(), locale);
        String subject = t(locale, "mail.subject.task", task.title());
        String url = baseUrl + "/" + task.href();
        String said = task.context() == null ? t(locale, "mail.task", task.title(), when)
                : t(locale, "mail.task.in", task.title(), task.context(), when);

        MailPage page = new MailPage(language, subject, task.title(), municipality, logo);
        Element main = page.main();
        main.appendElement("h1").attr("style", "font-size:24px;line-height:1.25;margin:12px 0;").text(subject);
        main.appendElement("p").text(said);
        page.action(url, t(locale, "mail.task.open"));
        String why = t(locale, "mail.why.task");
        String html = page.html(why, unsubscribeUrl, t(locale, "mail.unsubscribe"), baseUrl + "/profile",
                t(locale, "mail.settings"));

        String text = municipality + " · Tavla\n\n" + subject.toUpperCase(locale) + "\n\n" + said + "\n\n"
                + t(locale, "mail.task.open") + ": " + url + "\n\n-- \n" + why + '\n'
                + t(locale, "mail.unsubscribe") + ": " + unsubscribeUrl + '\n'
                + t(locale, "mail.settings") + ": " + baseUrl + "/profile\n";
        return new ItemMail.Rendered(subject, html, text);
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.text(key, locale, args);
    }
}
