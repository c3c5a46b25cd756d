// Purpose: trace down from a document, for $depth up to 3: every document that implements, is based on, attaches, amends, replaces, repeals or cites it, transitively (the documents "below" it), each at its fewest hops (a breadth-first variable-length expand with pruning, bounded at 3 hops, then a WHERE keeps depth <= $depth; read.ts picks trace-down-3, trace-down-6 or trace-down (10) by depth, since Cypher cannot take the bound as a parameter), shallowest first, cut at $limit with the total; each row carries the node summary and its outgoing citations of the chosen types (the caller keeps those whose target is in the result).
// :params {key: '172-TB/TW|central|2020', depth: 3, types: ['IMPLEMENTS', 'BASED_ON', 'ATTACHES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES'], limit: 2000}
MATCH (r:Document {key: $key})
CALL (r) {
  RETURN r AS d, 0 AS depth
  UNION
  MATCH p = (r)<-[rs:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES*1..3]-(d:Document)
  WHERE all(x IN rs WHERE type(x) IN $types)
  RETURN d, min(length(p)) AS depth
}
WITH d, min(depth) AS depth
WHERE depth <= $depth
ORDER BY depth, d.issuedOn IS NULL, d.issuedOn, d.key
WITH collect({d: d, depth: depth}) AS found
UNWIND found[0..$limit] AS row
WITH row.d AS d, row.depth AS depth, size(found) AS total
RETURN total, depth,
  d {
    .key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub, .generated
  } AS node,
  COUNT { (d)<-[:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-() } AS citedByCount,
  EXISTS { (d)<-[:REPLACES|REPEALS]-() } AS superseded,
  EXISTS { MATCH (d)-[:IMPLEMENTS|BASED_ON]->(x) WHERE EXISTS { (x)<-[:REPLACES|REPEALS]-() } } AS restsOnSuperseded,
  [(d)-[e:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(t) WHERE type(e) IN $types |
    {target: t.key, type: type(e), implied: coalesce(e.implied, false)}] AS out
