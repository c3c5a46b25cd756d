// Purpose: the document keys of internal node ids read by analytics-graph-nodes / analytics-graph-edges (only the few documents a ranking shows); ids no longer in the graph are skipped.
// :params {ids: [0, 1, 2]}
UNWIND $ids AS i
MATCH (d:Document)
WHERE id(d) = i
RETURN i AS id, d.key AS key
