# The fix for a stale cache: the code that writes evicts the cached page (after the commit),
# so the next read misses and builds the page from the database.
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import render

from .models import Comment
from .single_query import page_posts


def feed(request):
    key = "feed:page:20"
    posts = cache.get(key)
    if posts is None:
        posts = page_posts()
        cache.set(key, posts, timeout=300)
    return render(request, "feed.html", {"posts": posts})


def add_comment(request, post_id):
    Comment.objects.create(post_id=post_id, user=request.user, body=request.POST["body"])
    transaction.on_commit(lambda: cache.delete("feed:page:20"))
