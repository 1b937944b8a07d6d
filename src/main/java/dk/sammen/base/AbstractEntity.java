package dk.sammen.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/** Entities are equal when they are the same row: same class, same database id. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    public @Nullable Long getId() {
        return id;
    }

    /** The id of a stored entity; calling it before the first save is a programming error. */
    public long requireId() {
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not stored yet");
        }
        return id;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) return true;
        if (other == null || effectiveClass(this) != effectiveClass(other)) return false;
        return id != null && id.equals(((AbstractEntity) other).getId());
    }

    @Override
    public final int hashCode() {
        return effectiveClass(this).hashCode();
    }

    private static Class<?> effectiveClass(Object o) {
        return o instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : o.getClass();
    }
}
