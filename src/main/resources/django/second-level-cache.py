# Django's ORM has no second-level cache: each request reads from the database, and a cache is
# the application's (cache.get / cache.set, the "cached" level). Hibernate keeps rows by id and
# collections by their owner across sessions, so naive's code, unchanged, is served from memory.
# The nearest in Django are third-party packages (django-cachalot, django-cacheops), which cache
# querysets, not rows.
from django.shortcuts import render

from .models import Post


def feed(request):
    posts = Post.objects.filter(status="published").order_by("-created_at", "-id")[:20]
    return render(request, "feed.html", {"posts": posts})  # every relation the template follows is a query
