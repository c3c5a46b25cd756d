// Purpose: citations of the types $types whose citing document is dated before the cited one (a data or OCR error), both dated; at most $limit rows (the caller sorts them).
// :params {types: ['IMPLEMENTS'], limit: 10000}
MATCH (c:Document)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(p:Document)
WHERE type(r) IN $types AND c.issuedOn IS NOT NULL AND p.issuedOn IS NOT NULL AND c.issuedOn < p.issuedOn
WITH c, p, r
ORDER BY c.key, p.key
LIMIT $limit
RETURN type(r) AS type, coalesce(r.implied, false) AS implied,
  c {.key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub} AS child,
  p {.key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub} AS parent
