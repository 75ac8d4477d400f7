package dev.ormplayground.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The users table without email and bio: Hibernate's answer to Django's
 * {@code only("name", "avatar_url")} is an entity that maps just the columns you need.
 */
@Entity
@Immutable
@Table(name = "users")
public class UserSummary {
    @Id
    private Long id;

    private String name;

    @Column(name = "avatar_url")
    private String avatarUrl;

    protected UserSummary() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }
}
