package dk.sammen;

import java.util.List;

/** What the bad-input fuzz runs type: too long, control characters, right-to-left, emoji, markup, SQL, odd numbers and dates. */
public final class NastyInput {

    public static final List<String> ALL = List.of("", "   ", "x".repeat(10_001), "a\u0000b", "bell\u0007", "\u202Egnirts\u202C",
            "emoji 😀👍🏽", "<script>alert('x')</script>", "'; DROP TABLE scoping; --", "-1", "-0.5", "1e400", "NaN", "12,5",
            "1.234,5", "99999999999999", "0.001", "2027-13-45", "31-12-2027", "2027-02-30", "1800-01-01", "YES", "MAYBE",
            "PARTNERSHIP", "999999999", "\t\n", "ø".repeat(4000));

    private NastyInput() {
    }
}
