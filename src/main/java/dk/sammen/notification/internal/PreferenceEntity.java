package dk.sammen.notification.internal;

import dk.sammen.notification.Delivery;
import dk.sammen.notification.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person's choice for one topic; without a row the topic is mailed at once. */
@Entity
@Table(name = "notification_preference")
public class PreferenceEntity {

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    protected PreferenceEntity() {
    }

    public PreferenceEntity(long userId, Topic topic, Delivery delivery) {
        this.key = new Key(userId, topic);
        this.delivery = delivery;
    }

    public long userId() {
        return key.userId();
    }

    public Topic topic() {
        return key.topic();
    }

    public Delivery delivery() {
        return delivery;
    }

    public void choose(Delivery chosen) {
        delivery = chosen;
    }

    @Embeddable
    public record Key(@Column(name = "user_id") long userId,
               @Enumerated(EnumType.STRING) @Column(name = "topic") Topic topic) implements Serializable {
    }
}
