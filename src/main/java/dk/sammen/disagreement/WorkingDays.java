package dk.sammen.disagreement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Danish working days: Monday to Friday, except the public holidays (helligdage). Store Bededag
 * is not a holiday from 2024. Grundlovsdag, Christmas Eve and New Year's Eve are customary days
 * off in much of the public sector but not holidays by law, so they count as working days here.
 */
public final class WorkingDays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code start} (start itself not counted). */
    public static LocalDate add(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) left--;
        }
        return date;
    }

    /** How many working days lie after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public static int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) count++;
        }
        return count;
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    static boolean isHoliday(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date))) return true;
        LocalDate easter = easterSunday(date.getYear());
        return date.equals(easter.minusDays(3))   // Skærtorsdag
                || date.equals(easter.minusDays(2))   // Langfredag
                || date.equals(easter.plusDays(1))    // 2. påskedag
                || (date.getYear() < 2024 && date.equals(easter.plusDays(26))) // Store bededag
                || date.equals(easter.plusDays(39))   // Kristi himmelfartsdag
                || date.equals(easter.plusDays(50));  // 2. pinsedag
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
