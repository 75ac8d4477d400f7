# Level 3, the article's annotate(Count(...)): the database counts, the likes
# are no longer loaded. The article counts both relations over one join
# without distinct=True, which multiplies them (12 comments x 25 likes = 300).
from django.db.models import Count, Prefetch
from django.shortcuts import render

from .models import Comment, Post


def feed(request):
    posts = (
        Post.objects
        .filter(status="published")
        .select_related("author")
        .prefetch_related(
            Prefetch("comments",
                     queryset=Comment.objects.select_related("user")
                                             .order_by("-created_at", "-id")),
        )
        .annotate(
            comment_count=Count("comments", distinct=True),
            like_count=Count("likes", distinct=True),
        )
        .order_by("-created_at", "-id")[:20]
    )
    return render(request, "feed.html", {"posts": posts})


# feed.html
# {% for post in posts %}
#   <h2>{{ post.title }}</h2>
#   <p>by {{ post.author.name }}</p>
#   <p>{{ post.comment_count }} comments,
#      {{ post.like_count }} likes</p>
#   {% for comment in post.comments.all|slice:":3" %}
#     <p>{{ comment.user.name }}: {{ comment.body }}</p>
#   {% endfor %}
# {% endfor %}
