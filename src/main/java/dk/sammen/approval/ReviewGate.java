package dk.sammen.approval;

import java.util.List;

/**
 * What stands between a scoping and review: each missing item names its section so the page can
 * link to it; and the seed's "before" checklist, item by item.
 */
public record ReviewGate(List<Missing> missing, List<CheckItem> before) {

    public ReviewGate {
        missing = List.copyOf(missing);
        before = List.copyOf(before);
    }

    public boolean open() {
        return missing.isEmpty();
    }

    public record Missing(String section, String messageKey, List<Object> args) {
        public Missing {
            args = List.copyOf(args);
        }
    }

    public record CheckItem(String key, boolean done) {
    }
}
