package no.tavla.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the person's own profile page (e.g. how they want to be told), so the profile
 * need not know that module. Each is a Spring bean; {@link #create()} makes the section for one page.
 */
public interface ProfileSection {

    /** A new section for one page, built for the signed-in person. */
    Component create();

    /** Where it goes among the other sections: smaller first. */
    default int order() {
        return 0;
    }
}
