package dk.sammen.canvas.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.canvas.Comment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "canvas_comment")
public class CommentEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Column(name = "section_key", nullable = false)
    private String sectionKey;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String body;
    private boolean resolved;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected CommentEntity() {
    }

    public CommentEntity(long scopingId, String sectionKey, Long parentId, long authorId, Instant createdAt, String body) {
        this.scopingId = scopingId;
        this.sectionKey = sectionKey;
        this.parentId = parentId;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.body = body;
    }

    public long getScopingId() {
        return scopingId;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public Long getParentId() {
        return parentId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public void setResolved(boolean resolved) {
        this.resolved = resolved;
    }

    public Comment toComment(String authorName) {
        return new Comment(requireId(), sectionKey, parentId, authorName, createdAt, body, resolved);
    }
}
