// Purpose: the most cited stubs: documents known only because others cite them, whose text is missing from the graph.
// :params {limit: 20}
MATCH (d:Document)
WHERE d.stub = true
WITH d, COUNT { (d)<-[:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-() } AS citedBy
ORDER BY citedBy DESC, d.key
LIMIT $limit
RETURN d.key AS id, d.number AS number, d.type AS type, citedBy
