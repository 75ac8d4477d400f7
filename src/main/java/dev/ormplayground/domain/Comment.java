package dev.ormplayground.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Comparator;

/** A comment on a post, written by a user. */
@Entity
@Table(name = "comments")
public class Comment {

    /** The feed's order for comments: newest first, ties broken by the higher id. */
    public static final Comparator<Comment> NEWEST_FIRST =
            Comparator.comparing(Comment::getCreatedAt).thenComparing(Comment::getId).reversed();

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    private String body;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected Comment() {
    }

    /** A new comment, as a blog's comment form makes it: what the cache road's writes commit. */
    public Comment(Long id, Post post, User user, String body, LocalDateTime createdAt) {
        this.id = id;
        this.post = post;
        this.user = user;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public User getUser() {
        return user;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
