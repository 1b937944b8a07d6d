package dk.sammen.scoping.ui;

import dk.sammen.scoping.ScopingPlace;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.ui.ComponentTexts;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.directory.DepartmentSummary;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.NewScoping;
import dk.sammen.scoping.PartnerType;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import java.util.Comparator;
import java.util.Map;

/** Starts a scoping: a title, a case number if there is one, and the departments taking part. */
class NewScopingDialog extends Dialog {

    final TextField title = new TextField();
    final TextField caseNumber = new TextField();
    final MultiSelectComboBox<DepartmentSummary> parties = new MultiSelectComboBox<>();
    final Button create = new Button();

    NewScopingDialog(ScopingService service, DirectoryService directory) {
        setHeaderTitle(getTranslation("newScoping.title"));
        title.setLabel(getTranslation("newScoping.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        caseNumber.setLabel(getTranslation("newScoping.field.caseNumber"));
        caseNumber.setMaxLength(60);
        parties.setLabel(getTranslation("newScoping.field.parties"));
        parties.setHelperText(getTranslation("newScoping.field.parties.help"));
        parties.setRequiredIndicatorVisible(true);
        parties.setItems(directory.activeDepartments());
        parties.setItemLabelGenerator(DepartmentSummary::name);
        ComponentTexts.apply(parties);
        FormLayout form = new FormLayout(title, caseNumber, parties);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        create.setText(getTranslation("newScoping.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                // Departments of the same organisation by default; the facilitator adjusts the type per party.
                ScopingId id = service.create(new NewScoping(title.getValue(), caseNumber.getValue(),
                        parties.getSelectedItems().stream().sorted(Comparator.comparing(DepartmentSummary::name))
                                .map(d -> new NewScoping.NewParty(d.id(), PartnerType.SAME_MUNICIPALITY)).toList()));
                close();
                UI.getCurrent().navigate(new ScopingPlace.Canvas(id).path());
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(this, problems, Map.of("title", title, "caseNumber", caseNumber, "parties", parties));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, create);
    }
}
