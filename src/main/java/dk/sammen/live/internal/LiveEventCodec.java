package dk.sammen.live.internal;

import dk.sammen.live.PersonalEvent;
import dk.sammen.live.ScopingEvent;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Events as text, for the trip from one server to another through the database. An event's class
 * is written beside it and, read back, must be one of Sammen's own events: the database is never
 * trusted to name a class to load. Values typed only as {@code Object} (a message's arguments)
 * keep their type, limited to Sammen's own types and the JDK's.
 */
final class LiveEventCodec {

    private static final String OURS = "dk.sammen.";
    private final JsonMapper json = JsonMapper.builder()
            .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType(OURS).allowIfSubType("java.").build(),
                    DefaultTyping.JAVA_LANG_OBJECT)
            .build();

    String kind(Object event) {
        return event.getClass().getName();
    }

    String write(Object event) {
        return json.writeValueAsString(event);
    }

    /** The event of that kind; refuses any class that is not a scoping or personal event of Sammen's. */
    Object read(String kind, String payload) {
        if (!kind.startsWith(OURS)) throw new IllegalArgumentException("Not one of Sammen's events: " + kind);
        Class<?> type;
        try {
            type = Class.forName(kind, false, LiveEventCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Unknown event (written by another version?): " + kind, e);
        }
        if (!ScopingEvent.class.isAssignableFrom(type) && !PersonalEvent.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("Not an event: " + kind);
        }
        return json.readValue(payload, type);
    }
}
