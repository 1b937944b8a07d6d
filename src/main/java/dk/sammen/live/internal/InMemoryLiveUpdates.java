package dk.sammen.live.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Live changes on a single server (the default, and all the embedded database supports): a
 * committed change goes straight to the open pages of this JVM.
 *
 * @see "docs/adr/0011-fan-out-and-canvas-extensions.md"
 */
@Component
@ConditionalOnProperty(name = "sammen.cluster", havingValue = "false", matchIfMissing = true)
class InMemoryLiveUpdates extends ThisServersPages {

    InMemoryLiveUpdates(LocalFanOut pages) {
        super(pages, "in-memory");
    }
}
