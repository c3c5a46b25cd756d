// Purpose: the most cited documents (stubs included), as summaries.
// :params {limit: 10}
MATCH (d:Document)
WITH d, COUNT { (d)<-[:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-() } AS citedByCount
ORDER BY citedByCount DESC, d.key
LIMIT $limit
RETURN d {
    .key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub, .generated
  } AS node,
  citedByCount
