package no.tavla.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another module shows above the content of every page for a signed-in person (the crisis banner), so the
 * shell need not know that module. Each is a Spring bean; {@link #create()} makes it for one page.
 */
public interface PageNotice {

    /** A new notice for one page (it may hide itself while it has nothing to say), or null when it never will. */
    Component create();
}
