# Django opens a database connection whenever a lazy relation is touched, even from the
# template: there is no "session" to close, so this mistake cannot happen in Django. In
# Hibernate the template runs after the session closed, and the first lazy relation it
# touches fails with LazyInitializationException.
from django.shortcuts import render

from .models import Post


def feed(request):
    posts = list(Post.objects.filter(status="published").order_by("-created_at", "-id")[:20])
    # the request's work is done here; the template follows post.author, post.comments, ...
    return render(request, "feed.html", {"posts": posts})
