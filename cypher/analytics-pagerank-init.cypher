// Purpose: PageRank in Cypher, step 0 (benchmark comparison with the in-memory graphology run): every document gets prRank = 1/N and prOut = its distinct cited documents through $types.
// :params {types: ['IMPLEMENTS', 'BASED_ON', 'ATTACHES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES']}
MATCH (d:Document)
WITH collect(d) AS docs
WITH docs, size(docs) AS n
UNWIND docs AS d
SET d.prRank = 1.0 / n,
    d.prOut = COUNT { MATCH (d)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(t:Document) WHERE type(r) IN $types AND t <> d RETURN DISTINCT t }
RETURN count(d) AS n
