# A reader comments (another request, committed); then the feed is read through the caches.
# The comment writes the comments table: cached queries over comments are dropped, cached
# queries over posts are not, and the one changed collection is read again.
from django.shortcuts import render

from .models import Comment, Post


def add_comment(request, post_id):
    Comment.objects.create(post_id=post_id, user=request.user, body=request.POST["body"])


def feed(request):
    posts = Post.objects.filter(status="published").order_by("-created_at", "-id")[:20]
    return render(request, "feed.html", {"posts": posts})
