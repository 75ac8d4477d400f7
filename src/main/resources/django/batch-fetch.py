# Django has no batch fetching of lazy relations: each post.author not yet loaded is a query.
# Hibernate can load them in batches with "where id in (...)" when one is touched
# (hibernate.default_batch_fetch_size, or @BatchSize): the naive code, unchanged, sends
# 1 + a few batches instead of 1 + N.
from django.shortcuts import render

from .models import Post


def feed(request):
    posts = Post.objects.filter(status="published").order_by("-created_at", "-id")[:20]
    return render(request, "feed.html", {"posts": posts})
