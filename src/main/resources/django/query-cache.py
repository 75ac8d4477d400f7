# Hibernate's query cache keeps a query's result by its text and parameters, and drops it when
# a committed write touches a table the query reads. Django has none in its ORM; django-cachalot
# does the same per table, on every queryset.
from django.shortcuts import render

from .models import Post


def feed(request):
    posts = Post.objects.filter(status="published").order_by("-created_at", "-id")[:20]
    return render(request, "feed.html", {"posts": posts})
