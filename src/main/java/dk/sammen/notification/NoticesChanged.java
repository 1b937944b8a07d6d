package dk.sammen.notification;

import dk.sammen.live.PersonalEvent;
import java.util.Set;

/** These people's notices changed (a new one, or read): their open pages update the unread count. */
public record NoticesChanged(Set<Long> userIds) implements PersonalEvent {

    public NoticesChanged {
        userIds = Set.copyOf(userIds);
    }
}
