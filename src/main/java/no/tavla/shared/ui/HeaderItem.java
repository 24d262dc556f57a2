package no.tavla.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another module puts in the header of every page for a signed-in person (the bell), so the shell need not
 * know that module. Each is a Spring bean; {@link #create()} makes it for one page.
 */
public interface HeaderItem {

    /** A new item for one page, or null when it has nothing for the signed-in person. */
    Component create();
}
