# Level 2, the article's select_related and prefetch_related: the author comes
# with its post in one join; comments (with their users) and likes come in one
# extra query each for the whole page. The article says "one query";
# prefetch_related always adds one per prefetched relation.
from django.db.models import Prefetch
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
            "likes",
        )
        .order_by("-created_at", "-id")[:20]
    )
    return render(request, "feed.html", {"posts": posts})


# feed.html
# {% for post in posts %}
#   <h2>{{ post.title }}</h2>
#   <p>by {{ post.author.name }}</p>
#   <p>{{ post.comments.all|length }} comments,
#      {{ post.likes.all|length }} likes</p>
#   {% for comment in post.comments.all|slice:":3" %}
#     <p>{{ comment.user.name }}: {{ comment.body }}</p>
#   {% endfor %}
# {% endfor %}
