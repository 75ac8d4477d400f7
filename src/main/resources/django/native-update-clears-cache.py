# Raw SQL under an ORM cache: a job fixes one row with a raw statement. Hibernate cannot tell
# which tables it changed, so at commit it empties every region of its caches. Django's ORM
# caches nothing itself; with a queryset cache (django-cachalot) raw SQL is invisible to it
# unless told, which is the opposite trap: stale data rather than an empty cache.
from django.db import connection, transaction


def nightly_fix(post_id, title):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("update posts set title = %s where id = %s", [title, post_id])
