package dev.ormplayground.play;

/** What a console query is written in: Hibernate's HQL over the entities, or H2's SQL over the tables. */
public enum QueryLanguage {
    HQL,
    SQL
}
