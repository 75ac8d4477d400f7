# A cached query result that holds ids only, while the rows behind them have left the cache
# (an expiry, a size limit, another node's eviction): each id is read back on its own, one
# query per post. Django has no such layer; the closest trap is caching a list of ids and
# fetching each object by id afterwards.
from django.core.cache import cache

from .models import Post


def feed(request):
    ids = cache.get("feed:ids")
    if ids is None:
        ids = list(Post.objects.filter(status="published").order_by("-created_at", "-id")
                   .values_list("id", flat=True)[:20])
        cache.set("feed:ids", ids)
    posts = [Post.objects.get(id=i) for i in ids]  # one query per post
    return posts
