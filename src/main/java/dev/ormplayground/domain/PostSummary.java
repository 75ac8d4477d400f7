package dev.ormplayground.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/** The posts table without its several-KB body: what a feed needs and nothing more. */
@Entity
@Immutable
@Table(name = "posts")
public class PostSummary {
    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserSummary author;

    private String title;

    private String slug;

    private String excerpt;

    private String status;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected PostSummary() {
    }

    public Long getId() {
        return id;
    }

    public UserSummary getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
