package dev.ormplayground.data;

/** Passes rows on and counts them, for the load report and the sample data's README. */
public final class CountingSink implements BlogRowSink {

    private final BlogRowSink next;
    private long users;
    private long posts;
    private long publishedPosts;
    private long comments;
    private long likes;

    public CountingSink(BlogRowSink next) {
        this.next = next;
    }

    @Override
    public void user(UserRow user) {
        next.user(user);
        users++;
    }

    @Override
    public void post(PostRow post) {
        next.post(post);
        posts++;
        if ("published".equals(post.status())) {
            publishedPosts++;
        }
    }

    @Override
    public void comment(CommentRow comment) {
        next.comment(comment);
        comments++;
    }

    @Override
    public void like(LikeRow like) {
        next.like(like);
        likes++;
    }

    public LoadReport report(long elapsedMillis) {
        return new LoadReport(users, posts, publishedPosts, comments, likes, elapsedMillis);
    }
}
