# Level 5, the article's db_index=True and Meta.indexes: the view is the same
# as slim-columns, word for word; the change is in models.py (and a migration).
from django.db import models


class Post(models.Model):
    author = models.ForeignKey("User", on_delete=models.CASCADE,
                               related_name="posts", db_index=True)
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    excerpt = models.TextField()
    body = models.TextField()
    status = models.CharField(max_length=10)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [
            # The ORDER BY columns first, so the newest page is read in index order.
            models.Index(fields=["-created_at", "-id"], name="idx_posts_created"),
        ]


class Comment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE,
                             related_name="comments", db_index=True)
    user = models.ForeignKey("User", on_delete=models.CASCADE)
    body = models.TextField()
    created_at = models.DateTimeField()


class Like(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE,
                             related_name="likes", db_index=True)
    user = models.ForeignKey("User", on_delete=models.CASCADE)
    created_at = models.DateTimeField()
