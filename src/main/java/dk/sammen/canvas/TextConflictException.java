package dk.sammen.canvas;

import dk.sammen.base.StaleVersionException;

/**
 * Two people changed the same place of a text from the same version, so the merge cannot choose
 * for them. Carries, besides what is stored now, a proposal that keeps both versions of that place,
 * for the writer to edit and save.
 */
public class TextConflictException extends StaleVersionException {

    private final String proposal;

    public TextConflictException(String currentValue, long currentVersion, String changedBy, String proposal) {
        super(currentValue, currentVersion, changedBy);
        this.proposal = proposal;
    }

    public String proposal() {
        return proposal;
    }
}
