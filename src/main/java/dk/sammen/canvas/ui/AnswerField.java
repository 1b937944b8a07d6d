package dk.sammen.canvas.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.base.Formats;
import dk.sammen.canvas.AnswerText;
import dk.sammen.canvas.FieldType;
import dk.sammen.scoping.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One input for one answer, whatever its type: holds the component and converts between what the
 * user sees (Danish or English formats) and the plain text the canvas stores (ISO dates, plain
 * decimal numbers, option keys, party ids).
 */
final class AnswerField {

    private final FieldType type;
    private final AbstractField<?, ?> component;
    private final Locale locale;

    private AnswerField(FieldType type, AbstractField<?, ?> component, Locale locale) {
        this.type = type;
        this.component = component;
        this.locale = locale;
        // Sammen checks every answer itself (on saving, with a message at the field), so the component's own
        // check on each value change is off: it only repeated ours, and on every live change to the field it
        // sent the browser a script to clear the error again.
        validation().setManualValidation(true);
    }

    static AnswerField create(Component context, FieldType type, String label, int maxLength, List<String> options,
                              List<Party> parties) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        AbstractField<?, ?> component = switch (type) {
            case TEXT -> {
                TextField f = new TextField(label);
                f.setMaxLength(maxLength);
                sendWhilePausing(f);
                yield f;
            }
            case TEXTAREA -> {
                TextArea f = new TextArea(label);
                f.setMaxLength(maxLength);
                sendWhilePausing(f);
                yield f;
            }
            case DATE -> {
                DatePicker f = new DatePicker(label);
                f.setLocale(locale);
                DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
                i18n.setDateFormat(Formats.datePattern(locale));
                f.setI18n(i18n);
                f.setPlaceholder(Formats.datePattern(locale).toLowerCase(Locale.ROOT));
                yield f;
            }
            case NUMBER, MONEY, PERCENT -> {
                // A text field, not a number field: a typo must stay visible as typed, never turn into "empty".
                TextField f = new TextField(label);
                f.setAllowedCharPattern("[0-9.,\\- ]");
                f.setSuffixComponent(new Span(context.getTranslation("unit." + type.name())));
                f.addClassName("number-field");
                yield f;
            }
            // Choices are radio buttons, every option in sight; a required one is announced as such
            // (a required vaadin-select puts aria-required on a button, which screen readers cannot use).
            case CHOICE, YESNO -> {
                RadioButtonGroup<String> f = new RadioButtonGroup<>(label);
                List<String> items = new ArrayList<>();
                items.add("");
                items.addAll(type == FieldType.YESNO ? List.of("YES", "NO") : options);
                f.setItems(items);
                f.setItemLabelGenerator(o -> o.isEmpty() ? context.getTranslation("choice.none") : context.getTranslation("option." + o));
                f.setValue("");
                yield f;
            }
            case PARTY -> {
                RadioButtonGroup<String> f = new RadioButtonGroup<>(label);
                List<String> items = new ArrayList<>();
                items.add("");
                parties.forEach(p -> items.add(String.valueOf(p.id().value())));
                f.setItems(items);
                f.setItemLabelGenerator(o -> o.isEmpty() ? context.getTranslation("choice.none") : partyName(context, parties, o));
                f.setValue("");
                yield f;
            }
            case TABLE -> throw new IllegalArgumentException("tables have their own editor");
        };
        return new AnswerField(type, component, locale);
    }

    /** Text is sent after a short pause in typing and when leaving the field: one save (and one history entry) per pause. */
    private static void sendWhilePausing(com.vaadin.flow.data.value.HasValueChangeMode field) {
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
    }

    static final int TYPING_PAUSE_MS = 700;

    static String partyName(Component context, List<Party> parties, String id) {
        return parties.stream().filter(p -> String.valueOf(p.id().value()).equals(id)).map(Party::name).findFirst()
                .orElse(context.getTranslation("party.removed"));
    }

    /** How a stored answer reads for the user, for tables and read-only views. */
    static String display(Component context, FieldType type, String stored, List<Party> parties) {
        return AnswerText.of(type, stored, com.vaadin.flow.component.UI.getCurrent().getLocale(), context::getTranslation,
                id -> partyName(context, parties, id));
    }

    AbstractField<?, ?> component() {
        return component;
    }

    HasValidation validation() {
        return (HasValidation) component;
    }

    /** Takes away an error shown at the field; sends nothing to the browser when there is none. */
    void clearError() {
        if (validation().isInvalid()) validation().setInvalid(false);
    }

    /** Shows a stored answer. */
    @SuppressWarnings("unchecked")
    void show(String stored) {
        switch (component) {
            case DatePicker f -> f.setValue(LocalDateParse.parse(stored).orElse(null));
            case RadioButtonGroup<?> f -> ((RadioButtonGroup<String>) f).setValue(stored);
            case TextField f when type.numeric() -> f.setValue(stored.isEmpty() ? "" : Formats.number(new BigDecimal(stored), locale)
                    .replace('\u00a0', ' '));
            case TextField f -> f.setValue(stored);
            case TextArea f -> f.setValue(stored);
            default -> throw new IllegalStateException(component.getClass().getName());
        }
    }

    /**
     * The user's input in stored form, or empty when it cannot be understood (an unreadable date
     * or number); the caller then keeps the input and says so instead of saving.
     */
    Optional<String> storedForm() {
        return switch (component) {
            case DatePicker f -> f.isInvalid() && f.getValue() == null ? Optional.empty()
                    : Optional.of(f.getValue() == null ? "" : f.getValue().toString());
            case RadioButtonGroup<?> f -> Optional.of(f.getValue() == null ? "" : (String) f.getValue());
            case TextField f when type.numeric() -> parseNumber(f.getValue(), locale);
            case TextField f -> Optional.of(f.getValue());
            case TextArea f -> Optional.of(f.getValue());
            default -> throw new IllegalStateException(component.getClass().getName());
        };
    }

    /** Reads "1.234,5" in Danish and "1,234.5" in English as 1234.5. Negative numbers pass through for the service to refuse. */
    static Optional<String> parseNumber(String text, Locale locale) {
        String t = text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.isEmpty()) return Optional.of("");
        t = Formats.isDanish(locale) ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        try {
            return Optional.of(new BigDecimal(t).toPlainString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void setReadOnly(boolean readOnly) {
        component.setReadOnly(readOnly);
    }

    void setRequired(boolean required) {
        component.setRequiredIndicatorVisible(required);
    }

    /** ISO dates as the canvas stores them. */
    static final class LocalDateParse {
        private LocalDateParse() {
        }

        static Optional<LocalDate> parse(String iso) {
            try {
                return iso.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(iso));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
