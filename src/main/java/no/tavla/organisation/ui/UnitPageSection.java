package no.tavla.organisation.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to every unit's page (the news module adds the unit's items), so the organisation
 * module need not know those modules.
 */
public interface UnitPageSection {

    /** The section's content for the unit, built for the signed-in person. */
    Component forUnit(long unitId, String unitCode);
}
