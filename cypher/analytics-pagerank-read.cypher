// Purpose: PageRank in Cypher, the result (benchmark comparison): the $limit documents with the highest prRank.
// :params {limit: 20}
MATCH (d:Document)
WHERE d.prRank IS NOT NULL
RETURN d.key AS key, d.prRank AS rank
ORDER BY rank DESC, key
LIMIT $limit
