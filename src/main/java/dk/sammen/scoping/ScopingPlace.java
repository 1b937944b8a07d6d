package dk.sammen.scoping;

import java.util.Optional;

/**
 * A place in Sammen that belongs to one scoping: its canvas page, a section on it, a section's
 * flags, the review panel, or the minutes of a live session. Every link to such a place (on the
 * page, in a notice, a mail, a calendar file, the dashboard) is made from one of these, so no
 * feature builds another's address or element id from strings.
 *
 * <p>A place on the canvas is the page's address with the place as a query parameter
 * ({@code scoping/7?at=section-exit}): the server reads it (a fragment never reaches the server),
 * so a link from a mail lands on the section, and a link on the page itself keeps the page
 * ({@code /scoping/7}) and only scrolls.
 */
public sealed interface ScopingPlace {

    /** The query parameter that names a place on the canvas page. */
    String AT = "at";

    ScopingId scoping();

    /** The address inside Sammen, without a leading slash (for router links and {@code PublicAddress}). */
    String path();

    /** The canvas page itself, at its top. */
    record Canvas(ScopingId scoping) implements ScopingPlace {
        @Override
        public String path() {
            return "scoping/" + scoping.value();
        }
    }

    /** A place on the canvas page that has an element of its own to scroll to. */
    sealed interface OnCanvas extends ScopingPlace {

        /** The id of the page element this place scrolls to. */
        String elementId();

        @Override
        default String path() {
            return "scoping/" + scoping().value() + "?" + AT + "=" + elementId();
        }
    }

    /** One section of the canvas. */
    record Section(ScopingId scoping, String section) implements OnCanvas {
        @Override
        public String elementId() {
            return sectionElementId(section);
        }
    }

    /** The disagreement flags of one section. */
    record Flags(ScopingId scoping, String section) implements OnCanvas {
        @Override
        public String elementId() {
            return flagsElementId(section);
        }
    }

    /** The review panel at the top of the canvas (the gate, the leaders' decisions). */
    record Review(ScopingId scoping) implements OnCanvas {
        public static final String ELEMENT_ID = "review-panel";

        @Override
        public String elementId() {
            return ELEMENT_ID;
        }
    }

    /** The minutes of one ended live session. */
    record Minutes(ScopingId scoping, long session) implements ScopingPlace {
        @Override
        public String path() {
            return "scoping/" + scoping.value() + "/minutes/" + session;
        }
    }

    static String sectionElementId(String section) {
        return "section-" + section;
    }

    static String flagsElementId(String section) {
        return "flags-" + section;
    }

    /** The place on the canvas an {@code at} parameter names; anything else is no place (the page's top). */
    static Optional<OnCanvas> onCanvas(ScopingId scoping, String at) {
        if (at.equals(Review.ELEMENT_ID)) return Optional.of(new Review(scoping));
        if (at.startsWith("section-") && at.length() > 8) return Optional.of(new Section(scoping, at.substring(8)));
        if (at.startsWith("flags-") && at.length() > 6) return Optional.of(new Flags(scoping, at.substring(6)));
        return Optional.empty();
    }
}
