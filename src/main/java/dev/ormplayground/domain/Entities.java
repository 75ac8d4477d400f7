package dev.ormplayground.domain;

/** The entity classes Hibernate maps, in one place so the bootstrap cannot forget one. */
public final class Entities {

    /** The full blog model every level starts from. */
    public static final Class<?>[] FULL = {User.class, Post.class, Comment.class, PostLike.class};

    /** Read-only views of the same tables without the heavy columns, for {@code only()}/{@code defer()}. */
    public static final Class<?>[] SLIM = {PostSummary.class, UserSummary.class, CommentSummary.class};

    private Entities() {
    }
}
