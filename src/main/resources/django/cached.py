# Level 8, the article's cache.get / cache.set: a hit answers from memory with
# no query at all; a miss costs one single-query run and fills the cache.
from django.core.cache import cache
from django.shortcuts import render

from .single_query import page_posts  # level 7: the whole page in one statement


def feed(request):
    key = "feed:page:20"
    posts = cache.get(key)
    if posts is None:
        posts = page_posts()
        cache.set(key, posts, timeout=300)
    return render(request, "feed.html", {"posts": posts})
