/**
 * The blog's entities (User, Post, Comment, PostLike) and the records a level returns: FeedItem
 * and CommentPreview are the public contract of a level, the summaries are the slimmer shapes
 * some levels read. Uses only JPA and Hibernate annotations.
 */
package dev.ormplayground.domain;
