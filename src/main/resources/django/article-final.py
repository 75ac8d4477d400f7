# The article's final code, as it stands: select_related, prefetch_related and two Count()
# annotations. Without distinct=True both counts come from one join of comments with likes,
# so each is the product of the two: a post with 12 comments and 25 likes shows 300 and 300.
from django.db.models import Count
from django.shortcuts import render

from .models import Post


def feed(request):
    posts = (
        Post.objects
        .filter(status="published")
        .select_related("author")
        .prefetch_related("comments__user")
        .annotate(
            comment_count=Count("comments"),  # distinct=True is missing
            like_count=Count("likes"),
        )
        .order_by("-created_at", "-id")[:20]
    )
    return render(request, "feed.html", {"posts": posts})
