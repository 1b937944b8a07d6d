package dk.sammen.base;

/**
 * Thrown when a write was based on an older version than the one stored: someone else changed
 * the same thing first. Carries what is stored now so the writer can see both and decide.
 */
public class StaleVersionException extends RuntimeException {

    private final String currentValue;
    private final long currentVersion;
    private final String changedBy;

    public StaleVersionException(String currentValue, long currentVersion, String changedBy) {
        super("changed meanwhile by " + changedBy);
        this.currentValue = currentValue;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
    }

    public String currentValue() {
        return currentValue;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }
}
