package dev.ormplayground.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A blog user: author of posts, writer of comments, giver of likes. */
@Entity
@Table(name = "users")
public class User {
    @Id
    private Long id;

    private String name;

    private String email;

    @Column(name = "avatar_url")
    private String avatarUrl;

    /** Heavy column: a few hundred characters nobody on the feed reads. */
    private String bio;

    protected User() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public String getBio() {
        return bio;
    }
}
