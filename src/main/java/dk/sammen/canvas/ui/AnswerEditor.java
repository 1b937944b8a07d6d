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
import dk.sammen.canvas.CanvasService;
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
        field.validation().setInvalid(false);
        field.component().getElement().setProperty("title", component().getTranslation("canvas.lastChanged", newer.changedBy(),
                Formats.dateTime(newer.changedAt(), component().getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH))));
    }

    FieldRef ref() {
        return ref;
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
            field.validation().setInvalid(false);
            return true;
        }
        try {
            StoredValue stored = canvas.save(scoping, ref, input.get(), version);
            version = stored.version();
            saved = stored.value();
            // The writer sees what was stored, as everyone else does; still in the field, only once they leave it
            // (never replace what they may be typing meanwhile).
            if (!saved.equals(input.get())) {
                if (focused) typedBeforeStoredForm = input.get();
                else field.show(saved);
            }
            field.validation().setInvalid(false);
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

    /** Someone else saved first: show both answers and let the user decide. Nothing is overwritten silently. */
    private void askAboutConflict(String mine, StaleVersionException conflict) {
        Component c = component();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(c.getTranslation("conflict.title"));
        dialog.add(new Paragraph(c.getTranslation("conflict.text", conflict.changedBy())),
                new Paragraph(c.getTranslation("conflict.theirs")), new Pre(conflict.currentValue()),
                new Paragraph(c.getTranslation("conflict.mine")), new Pre(mine));
        Button keepMine = new Button(c.getTranslation("conflict.keepMine"), e -> {
            version = conflict.currentVersion();
            saved = conflict.currentValue();
            dialog.close();
            save();
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button takeTheirs = new Button(c.getTranslation("conflict.takeTheirs"), e -> {
            version = conflict.currentVersion();
            saved = conflict.currentValue();
            field.show(saved);
            dialog.close();
        });
        dialog.getFooter().add(takeTheirs, keepMine);
        dialog.open();
    }
}
