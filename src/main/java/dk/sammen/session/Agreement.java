package dk.sammen.session;

/** A person's answer to "Er vi enige?". */
public enum Agreement {
    AGREE, NOT_SURE, DISAGREE;

    public String messageKey() {
        return "agreement." + name();
    }
}
