# Django has no join fetch of a collection: prefetch_related always runs a second query, so a
# slice stays a LIMIT. The Hibernate trap this detour shows, a join fetch of a collection with a
# page limit, has no Django twin; the closest is slicing after evaluating the whole queryset:
from django.shortcuts import render

from .models import Post


def feed(request):
    posts = list(
        Post.objects
        .filter(status="published")
        .select_related("author")
        .prefetch_related("comments__user", "likes")
        .order_by("-created_at", "-id")
    )[:20]  # every published post loaded, then cut in Python
    return render(request, "feed.html", {"posts": posts})
