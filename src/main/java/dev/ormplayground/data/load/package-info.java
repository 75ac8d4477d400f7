/**
 * Loading a blog into a database: BlogDataLoader reads a CSV folder or generates a blog and feeds
 * its rows through JdbcBlogSink (H2) or CopyBlogSink (PostgreSQL, COPY) in one transaction, after HeapGuard has checked the blog fits the
 * heap. The entrance the engine calls. Uses data, data.csv, data.generator and db (the database it fills).
 */
package dev.ormplayground.data.load;
