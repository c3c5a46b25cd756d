// Purpose: delete every node and relationship, in batches (tests and `ingest --reset`).
// :params {}
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
