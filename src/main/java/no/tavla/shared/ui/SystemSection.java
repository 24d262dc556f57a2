package no.tavla.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the administrators' system page (e.g. the notification defaults), so the page need
 * not know that module. Each is a Spring bean; {@link #create()} makes the section for one page.
 */
public interface SystemSection {

    /** A new section for one page. */
    Component create();

    /** Where it goes among the other sections: smaller first. */
    default int order() {
        return 0;
    }
}
