package dk.sammen.canvas.internal;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.TextRules;
import dk.sammen.canvas.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks one answer (a field value or a table cell) against its type and the template's rules. */
public final class AnswerRules {

    static final BigDecimal LARGEST_NUMBER = new BigDecimal("1000000000000");
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    static final List<String> YES_NO = List.of("YES", "NO");

    private AnswerRules() {
    }

    /**
     * Adds a problem under {@code name} for anything wrong with {@code value}; values are already
     * trimmed, and empty means "not answered".
     */
    public static void check(InvalidInputException.Collector problems, String name, FieldType type, String value, boolean required,
                      int maxLength, List<String> options, Set<Long> partyIds) {
        if (value.isEmpty()) {
            if (required) problems.add(name, "validation.required");
            return;
        }
        switch (type) {
            case TEXT, TEXTAREA -> TextRules.check(problems, name, value, maxLength, required);
            case DATE -> {
                Optional<LocalDate> date = date(value);
                if (date.isEmpty()) problems.add(name, "validation.date");
                else if (date.get().isBefore(EARLIEST_DATE) || date.get().isAfter(LATEST_DATE)) problems.add(name, "validation.dateRange");
            }
            case NUMBER, MONEY, PERCENT -> checkNumber(problems, name, type, value);
            case CHOICE -> {
                if (!options.contains(value)) problems.add(name, "validation.choice");
            }
            case YESNO -> {
                if (!YES_NO.contains(value)) problems.add(name, "validation.choice");
            }
            case PARTY -> {
                if (!partyIds.contains(parseLong(value))) problems.add(name, "validation.unknownParty");
            }
            case TABLE -> throw new IllegalArgumentException("a table is not a single answer");
        }
    }

    private static void checkNumber(InvalidInputException.Collector problems, String name, FieldType type, String value) {
        Optional<BigDecimal> number = number(value);
        if (number.isEmpty()) {
            problems.add(name, "validation.number");
        } else if (number.get().signum() < 0) {
            problems.add(name, "validation.negative");
        } else if (number.get().scale() > 2) {
            problems.add(name, "validation.decimals", 2);
        } else if (type == FieldType.PERCENT && number.get().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(name, "validation.percent");
        } else if (number.get().compareTo(LARGEST_NUMBER) > 0) {
            problems.add(name, "validation.numberTooLarge");
        }
    }

    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> number(String value) {
        try {
            return Optional.of(new BigDecimal(value).stripTrailingZeros().scale() < 0
                    ? new BigDecimal(value).setScale(0) : new BigDecimal(value).stripTrailingZeros());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
