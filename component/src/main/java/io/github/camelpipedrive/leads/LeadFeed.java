package io.github.camelpipedrive.leads;

/**
 * The consumer's feeds.
 */
public enum LeadFeed {
    /** Each lead once, when it is created (ordered by add_time). */
    NEW,
    /** A lead each time its update_time moves, creations included (ordered by update_time). */
    UPDATED;
}
