package dk.sammen.notification;

/** How a person hears of a topic. Every notice is in the app; these decide the e-mail. */
public enum Delivery {
    /** An e-mail for each notice, at once. */
    IMMEDIATE,
    /** One e-mail each working day at 08:00 (Copenhagen time) with the notices since the last one. */
    DAILY_DIGEST,
    /** No e-mail. */
    APP_ONLY;

    public String messageKey() {
        return "notifications.delivery." + name();
    }
}
