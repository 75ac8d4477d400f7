# Level 4, the article's only() and defer(): read only the columns the page
# shows. The post body (several KB each) and the users' bios stay in the database.
from django.db.models import Count, Prefetch
from django.shortcuts import render

from .models import Comment, Post


def feed(request):
    posts = (
        Post.objects
        .filter(status="published")
        .select_related("author")
        .only("id", "title", "slug", "excerpt", "created_at",
              "author__name", "author__avatar_url")
        .prefetch_related(
            Prefetch("comments",
                     queryset=Comment.objects.select_related("user")
                                             .only("post_id", "body", "user__name")
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
