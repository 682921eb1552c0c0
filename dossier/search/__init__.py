"""Search: the query language, what the index stores, ranking and matching."""
