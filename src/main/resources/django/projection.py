# Level 6, the article's values() and values_list(): plain dicts and tuples
# instead of model instances, so far fewer objects per request.
from collections import defaultdict

from django.db.models import Count
from django.shortcuts import render

from .models import Comment, Post


def feed(request):
    posts = list(
        Post.objects
        .filter(status="published")
        .annotate(
            comment_count=Count("comments", distinct=True),
            like_count=Count("likes", distinct=True),
        )
        .values("id", "title", "slug", "excerpt", "created_at",
                "author__name", "author__avatar_url",
                "comment_count", "like_count")
        .order_by("-created_at", "-id")[:20]
    )
    newest = defaultdict(list)
    for post_id, name, body in (
        Comment.objects
        .filter(post_id__in=[p["id"] for p in posts])
        .order_by("-created_at", "-id")
        .values_list("post_id", "user__name", "body")
    ):
        newest[post_id].append((name, body))
    for post in posts:
        post["newest_comments"] = newest[post["id"]][:3]
    return render(request, "feed.html", {"posts": posts})
