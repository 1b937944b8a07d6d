package dk.sammen.security;

/** The administrator's choices for the whole organisation. */
public record OrganisationSettings(WhoMayStart whoMayStart, boolean facilitatorsMayInviteNewPeople) {

    public static final OrganisationSettings DEFAULTS = new OrganisationSettings(WhoMayStart.EVERYONE, true);

    public enum WhoMayStart {
        /** Anyone signed in may start a scoping and becomes its facilitator. */
        EVERYONE,
        /** Only the people the administrator names as facilitators. */
        FACILITATORS;

        public String messageKey() {
            return "settings.whoMayStart." + name();
        }
    }

    public boolean mayStartScoping(UserSummary person) {
        return whoMayStart == WhoMayStart.EVERYONE || person.facilitator() || person.administrator();
    }
}
