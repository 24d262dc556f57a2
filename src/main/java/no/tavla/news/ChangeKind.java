package no.tavla.news;

/**
 * What an item announces when the strategy asks for a communication plan (Løten 2.1.1, Lerum: "vid förändringar"):
 * such an item is not submitted or published without one, unless communications waive it with a reason.
 */
public enum ChangeKind {
    REORGANISATION, SERVICE_CHANGE
}
