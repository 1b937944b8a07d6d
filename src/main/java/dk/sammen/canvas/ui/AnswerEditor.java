package dk.sammen.canvas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dk.sammen.base.Formats;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.StaleVersionException;
import dk.sammen.base.ui.FriendlyErrors;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.base.ui.SaveRetry;
import com.vaadin.flow.component.textfield.TextArea;
import dk.sammen.canvas.AnswerSaved;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.TextConflictException;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.scoping.ScopingId;
import java.util.Map;
import java.util.Optional;

/**
 * Edits one answer and saves it when the user leaves the field. Keeps the version it started
 * from, so a save over someone else's newer answer becomes a choice instead of a loss.
 */
final class AnswerEditor {

    private final AnswerField field;
    private final CanvasService canvas;
    private final ScopingId scoping;
    private final FieldRef ref;
    private final Runnable afterSave;
    private long version;
    private String saved;
    /** While the user is in the field, others' answers wait here instead of replacing what they type. */
    private boolean focused;
    private @org.jspecify.annotations.Nullable StoredValue waiting;
    /** What this user typed and saved while still in the field, when the stored form differs (spaces trimmed): shown on leaving. */
    private @org.jspecify.annotations.Nullable String typedBeforeStoredForm;
    /** One and the same retry however often the database fails, so it waits only once. */
    private final java.util.function.BooleanSupplier retry = this::trySave;

    AnswerEditor(AnswerField field, CanvasService canvas, ScopingId scoping, FieldRef ref, Optional<StoredValue> stored,
                 boolean editable, Runnable afterSave) {
        this.field = field;
        this.canvas = canvas;
        this.scoping = scoping;
        this.ref = ref;
        this.afterSave = afterSave;
        this.version = stored.map(StoredValue::version).orElse(StoredValue.NEW);
        this.saved = stored.map(StoredValue::value).orElse("");
        field.show(saved);
        stored.ifPresent(v -> field.component().getElement().setProperty("title",
                component().getTranslation("canvas.lastChanged", v.changedBy(), Formats.dateTime(v.changedAt(), component().getUI()
                        .map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH)))));
        field.setReadOnly(!editable);
        field.component().setId("field-" + ref.key().replace('/', '-'));
        field.component().addValueChangeListener(e -> {
            if (e.isFromClient()) save();
        });
        if (field.component() instanceof com.vaadin.flow.component.FocusNotifier<?> focusable
                && field.component() instanceof com.vaadin.flow.component.BlurNotifier<?> blurrable) {
            focusable.addFocusListener(e -> focused = true);
            blurrable.addBlurListener(e -> {
                focused = false;
                String typed = typedBeforeStoredForm;
                typedBeforeStoredForm = null;
                if (typed != null && field.storedForm().map(typed::equals).orElse(false)) field.show(saved);
                StoredValue next = waiting;
                waiting = null;
                if (next != null) remoteChange(next);
            });
        }
    }

    /**
     * Someone else's committed answer arrived. Shown at once if this user has nothing unsaved in
     * the field; otherwise their typing stays, and their next save meets the conflict with both values.
     */
    void remoteChange(StoredValue newer) {
        if (newer.version() <= version) return; // our own save, or older news
        boolean untouched = field.storedForm().map(saved::equals).orElse(false);
        if (focused || !untouched) {
            // The browser may hold typing the server has not seen yet: never replace it under the user's hands.
            waiting = newer;
            field.component().getElement().setProperty("title",
                    component().getTranslation("canvas.changedMeanwhile", newer.changedBy()));
            return;
        }
        saved = newer.value();
        version = newer.version();
        field.show(saved);
        field.clearError();
        field.component().getElement().setProperty("title", component().getTranslation("canvas.lastChanged", newer.changedBy(),
                Formats.dateTime(newer.changedAt(), component().getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH))));
    }

    FieldRef ref() {
        return ref;
    }

    /** The user's role changed: the field becomes editable or read-only, keeping what it shows. */
    void setEditable(boolean editable) {
        if (field.component().isReadOnly() == editable) field.setReadOnly(!editable);
    }

    String savedValue() {
        return saved;
    }

    com.vaadin.flow.component.AbstractField<?, ?> component() {
        return field.component();
    }

    void save() {
        trySave();
    }

    /**
     * Saves what the field holds now. Returns false only when the database did not answer: the
     * text stays in the field, the user is told at the field, and the page tries again by itself.
     */
    private boolean trySave() {
        Optional<String> input = field.storedForm();
        if (input.isEmpty()) {
            field.validation().setErrorMessage(component().getTranslation("validation.unreadable"));
            field.validation().setInvalid(true);
            return true;
        }
        if (input.get().equals(saved)) {
            field.clearError();
            return true;
        }
        try {
            AnswerSaved result = canvas.saveTyped(scoping, ref, input.get(), version, saved);
            StoredValue stored = result.stored();
            version = stored.version();
            saved = stored.value();
            // The writer sees what was stored, as everyone else does; still in the field, only once they leave it
            // (never replace what they may be typing meanwhile).
            if (!saved.equals(input.get())) {
                if (focused) typedBeforeStoredForm = input.get();
                else field.show(saved);
            }
            field.clearError();
            field.component().getElement().setProperty("title", component().getTranslation("canvas.saved"));
            afterSave.run();
        } catch (InvalidInputException problems) {
            // What the user typed stays in the field; nothing was stored.
            ProblemDisplay.show(component(), problems, Map.of(ref.field(), field.validation()));
        } catch (StaleVersionException conflict) {
            askAboutConflict(input.get(), conflict);
        } catch (RuntimeException failure) {
            if (!FriendlyErrors.databaseUnavailable(failure)) throw failure;
            field.validation().setErrorMessage(component().getTranslation("canvas.notSavedYet"));
            field.validation().setInvalid(true);
            component().getUI().ifPresent(ui -> SaveRetry.of(ui).later(retry));
            return false;
        }
        return true;
    }

    /**
     * Someone else's choice replaced the answer this user had saved: offers it back in the
     * conflict dialog, against what is stored now, so bringing it back is a choice too.
     */
    void offerBack(String replaced, String chosenBy) {
        askAboutConflict(replaced, new StaleVersionException(saved, version, chosenBy), "conflict.replacedText");
    }

    private void askAboutConflict(String mine, StaleVersionException conflict) {
        askAboutConflict(mine, conflict, "conflict.text");
    }

    /**
     * Someone else saved first: show both answers and let the user decide, or edit a proposal that
     * keeps both (made by the merge for text). Nothing is overwritten silently, and a choice that
     * replaces another person's text tells that person.
     */
    private void askAboutConflict(String mine, StaleVersionException conflict, String explanationKey) {
        Component c = component();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(c.getTranslation("conflict.title"));
        dialog.add(new Paragraph(c.getTranslation(explanationKey, conflict.changedBy())),
                new Paragraph(c.getTranslation("conflict.theirs")), new Pre(conflict.currentValue()),
                new Paragraph(c.getTranslation("conflict.mine")), new Pre(mine));
        Button keepMine = new Button(c.getTranslation("conflict.keepMine"), e -> choose(dialog, conflict, mine));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button takeTheirs = new Button(c.getTranslation("conflict.takeTheirs"), e -> {
            version = conflict.currentVersion();
            saved = conflict.currentValue();
            field.show(saved);
            dialog.close();
        });
        if (field.component() instanceof com.vaadin.flow.component.textfield.TextArea
                || field.component() instanceof com.vaadin.flow.component.textfield.TextField) {
            TextArea proposal = new TextArea(c.getTranslation("conflict.proposal"));
            proposal.setId("conflict-proposal");
            proposal.setWidthFull();
            proposal.setValue(conflict instanceof TextConflictException text ? text.proposal() : mine);
            Button saveProposal = new Button(c.getTranslation("conflict.saveProposal"), e -> choose(dialog, conflict, proposal.getValue()));
            dialog.add(proposal);
            dialog.getFooter().add(takeTheirs, saveProposal, keepMine);
        } else {
            dialog.getFooter().add(takeTheirs, keepMine);
        }
        dialog.open();
    }

    /** The user's choice in the conflict dialog replaces the stored answer they were shown. */
    private void choose(Dialog dialog, StaleVersionException conflict, String chosen) {
        try {
            StoredValue stored = canvas.choose(scoping, ref, chosen, conflict.currentVersion());
            version = stored.version();
            saved = stored.value();
            field.show(saved);
            field.clearError();
            dialog.close();
        } catch (InvalidInputException problems) {
            dialog.close();
            field.show(chosen);
            ProblemDisplay.show(component(), problems, Map.of(ref.field(), field.validation()));
        } catch (StaleVersionException again) {
            // Yet another person saved while this user was deciding: decide again, against that.
            dialog.close();
            askAboutConflict(chosen, again);
        }
    }
}
