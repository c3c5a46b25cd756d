// Purpose: cited documents never loaded (stubs), ranked by how many documents cite them in their text (explicit citations), with a few citers each; every row carries the total (no row when there is none).
// :params {limit: 50}
MATCH (d:Document)
WHERE d.stub = true
CALL (d) {
  MATCH (c:Document)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(d)
  WHERE coalesce(r.implied, false) = false
  WITH DISTINCT c
  ORDER BY c.key
  RETURN count(c) AS citedBy, collect(c.key)[0..5] AS citers
}
WITH d, citedBy, citers
WHERE citedBy > 0
ORDER BY citedBy DESC, d.key
WITH collect({d: d, citedBy: citedBy, citers: citers}) AS found
WITH size(found) AS total, found[0..$limit] AS top
UNWIND top AS x
WITH total, x.d AS d, x.citedBy AS citedBy, x.citers AS citers
RETURN total, citedBy, citers, d {.key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub} AS node
