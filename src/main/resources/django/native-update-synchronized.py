# The fix in Hibernate: the native statement names the entity it changes
# (addSynchronizedEntityClass), so only the posts' region and the queries over posts are
# dropped. In Django with django-cachalot the same idea is cachalot.api.invalidate("posts")
# after the raw statement.
from django.db import connection, transaction


def nightly_fix(post_id, title):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("update posts set title = %s where id = %s", [title, post_id])
    # cachalot.api.invalidate("blog.Post")
