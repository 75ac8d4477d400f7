# Level 1, the article's starting point: the view asks for the page,
# the template follows every relation, and each one is a query of its own (N+1).
from django.shortcuts import render

from .models import Post


def feed(request):
    posts = (
        Post.objects
        .filter(status="published")
        .order_by("-created_at", "-id")[:20]
    )
    return render(request, "feed.html", {"posts": posts})


# feed.html
# {% for post in posts %}
#   <h2>{{ post.title }}</h2>
#   <p>by {{ post.author.name }}</p>              <- a query per author
#   <p>{{ post.comments.count }} comments,        <- a query per post
#      {{ post.likes.count }} likes</p>           <- and another per post
#   {% for comment in post.comments.all|slice:":3" %}  <- and another
#     <p>{{ comment.user.name }}: {{ comment.body }}</p>  <- one per commenter
#   {% endfor %}
# {% endfor %}
