// Purpose: wait until the eventually consistent full-text index has caught up with committed writes (end of an ingest).
// :params {}
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
