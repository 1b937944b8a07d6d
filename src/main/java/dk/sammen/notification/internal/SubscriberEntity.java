package dk.sammen.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's one-click unsubscribe token, put in every mail to them. It can do one thing only:
 * switch a topic to "only in the app"; so it is stored as it is sent, like the address itself.
 */
@Entity
@Table(name = "notification_subscriber")
public class SubscriberEntity {

    @Id
    @Column(name = "user_id")
    private long userId;
    @Column(name = "unsubscribe_token", nullable = false, unique = true)
    private String token;

    protected SubscriberEntity() {
    }

    SubscriberEntity(long userId, String token) {
        this.userId = userId;
        this.token = token;
    }

    public long userId() {
        return userId;
    }

    public String token() {
        return token;
    }
}
