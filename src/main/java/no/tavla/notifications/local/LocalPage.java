package no.tavla.notifications.local;

/** The frame of the local profile's own pages (what the local mail server and SMS gateway received). */
final class LocalPage {

    private LocalPage() {
    }

    /**
     * A whole page in Bokmål: heading, help line, the content and a way back. Every text is escaped already.
     */
    static String html(String heading, String help, String content, String back) {
        return "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + heading
                + " – Tavla</title><style>body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.5;"
                + "color:#1a1a1a}table{border-collapse:collapse}td,th{border:1px solid #c4c9d0;padding:.25rem .5rem;"
                + "text-align:left;vertical-align:top}a{color:#0b4f9c}</style></head><body><main><h1>"
                + heading + "</h1><p>" + help + "</p>" + content
                + "<p><a href=\"/\">" + back + "</a></p></main></body></html>";
    }
}
