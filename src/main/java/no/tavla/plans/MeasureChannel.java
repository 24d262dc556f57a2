package no.tavla.plans;

/**
 * The channel a measure uses, grouped as Løten's plan template (appendix 4.3) groups them: direct to the target groups,
 * advertising and profile, and media.
 */
public enum MeasureChannel {
    INTRANET_ITEM(Group.DIRECT),
    STAFF_MEETING(Group.DIRECT),
    PRINTED_NOTICE(Group.DIRECT),
    EMAIL(Group.DIRECT),
    SMS(Group.DIRECT),
    LETTER(Group.DIRECT),
    WEBSITE(Group.PROFILE),
    PRESS(Group.MEDIA),
    SOCIAL_MEDIA(Group.MEDIA);

    /** Løten's three groups of measures. */
    public enum Group {
        DIRECT, PROFILE, MEDIA
    }

    private final Group group;

    MeasureChannel(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
