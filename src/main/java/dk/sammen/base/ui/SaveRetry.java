package dk.sammen.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Saves that failed because the database did not answer are tried again by themselves while the
 * page is open: the page polls every {@link #INTERVAL_MS} ms until every waiting save has gone
 * through, then stops polling. What the user typed stays in the field meanwhile.
 */
public final class SaveRetry {

    static final int INTERVAL_MS = 2000;

    private final UI ui;
    /** Each returns true once it has saved (or no longer needs to). */
    private final Set<BooleanSupplier> waiting = new LinkedHashSet<>();
    private Registration polling;

    private SaveRetry(UI ui) {
        this.ui = ui;
    }

    public static SaveRetry of(UI ui) {
        SaveRetry retry = ComponentUtil.getData(ui, SaveRetry.class);
        if (retry == null) {
            retry = new SaveRetry(ui);
            ComponentUtil.setData(ui, SaveRetry.class, retry);
        }
        return retry;
    }

    /** Tries the save again on the next polls until it returns true. */
    public void later(BooleanSupplier save) {
        waiting.add(save);
        if (polling == null) {
            polling = ui.addPollListener(e -> retry());
            ui.setPollInterval(INTERVAL_MS);
        }
    }

    private void retry() {
        for (BooleanSupplier save : new ArrayList<>(waiting)) {
            if (save.getAsBoolean()) waiting.remove(save);
        }
        if (waiting.isEmpty()) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
