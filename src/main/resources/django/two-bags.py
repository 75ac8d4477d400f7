# In Django two prefetches are two extra queries and always work:
#     Post.objects.prefetch_related("comments", "likes")
# Hibernate's join fetch puts both collections in one statement, where their rows multiply;
# for two List collections (bags) it refuses rather than guess: MultipleBagFetchException.
from django.shortcuts import render

from .models import Post


def feed(request):
    posts = (
        Post.objects
        .filter(status="published")
        .select_related("author")
        .prefetch_related("comments__user", "likes")
        .order_by("-created_at", "-id")[:20]
    )
    return render(request, "feed.html", {"posts": posts})
