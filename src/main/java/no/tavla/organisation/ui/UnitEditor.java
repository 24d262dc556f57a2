package no.tavla.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.organisation.UnitContact;
import no.tavla.organisation.UnitPage;
import no.tavla.organisation.UnitPages;
import no.tavla.shared.Language;
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.MarkdownField;

/**
 * The dialog in which a unit's editors and manager change its description, contact details and the language its
 * printouts are in.
 */
class UnitEditor extends Dialog {

    UnitEditor(UnitPages pages, UnitPage page, Runnable saved) {
        setHeaderTitle(getTranslation("unit.edit.heading", page.name()));
        MarkdownField description = new MarkdownField(getTranslation("unit.about"), UnitPages.MAX_DESCRIPTION);
        description.setValue(page.description());
        description.setWidthFull();
        setWidth("min(60rem, 100%)");
        EmailField email = new EmailField(getTranslation("unit.email"));
        email.setValue(page.contact().email());
        TextField phone = new TextField(getTranslation("unit.phone"));
        phone.setValue(page.contact().phone());
        phone.setMaxLength(40);
        TextField address = new TextField(getTranslation("unit.address"));
        address.setValue(page.contact().visitingAddress());
        address.setMaxLength(300);
        address.setWidthFull();
        Select<Language> printLanguage = new Select<>();
        printLanguage.setLabel(getTranslation("unit.edit.language"));
        printLanguage.setHelperText(getTranslation("unit.edit.language.help"));
        printLanguage.setItems(Language.values());
        printLanguage.setItemLabelGenerator(Language::nativeName);
        printLanguage.setValue(page.printLanguage());
        printLanguage.addClassName("tavla-unit-print-language");
        Paragraph problem = Forms.problemLine();
        add(new VerticalLayout(description, email, phone, address, printLanguage, problem));
        FieldProblems problems = new FieldProblems(problem).field("unit.edit.description", description.textArea())
                .field("unit.edit.email", email).field("unit.edit.phone", phone).field("unit.edit.address", address)
                .field("unit.edit.language", printLanguage);

        Button save = new Button(getTranslation("unit.edit.save"), e -> {
            try {
                pages.edit(page.id(), description.getValue(),
                        new UnitContact(email.getValue(), phone.getValue(), address.getValue()),
                        printLanguage.getValue());
                close();
                saved.run();
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("tavla-save-unit");
        Button cancel = new Button(getTranslation("unit.edit.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
