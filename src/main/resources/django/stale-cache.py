# The cached level after a write: a reader comments, and the next page comes from the cache,
# which nobody told. It shows the page as it was until the timeout (300 s) runs out.
from django.core.cache import cache
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
    # the cached page still counts the comments of before
