// Purpose: overview graph: the documents matching the filters, most cited first (counting citations of the chosen types, by degree), cut at $limit (a top-k, no full sort) with the total; each row carries the node summary and its outgoing citations of the chosen types (the caller keeps those between kept nodes). Also feeds /api/export.
// :params {type: null, level: 'provincial', province: 'Lai Châu', provinceKey: 'lai chau', issuerKey: null, from: '2020-01-01', to: '2020-12-31', stub: null, types: ['IMPLEMENTS', 'BASED_ON', 'ATTACHES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES'], limit: 500}
CALL () {
  MATCH (d:Document)
  WHERE ($type IS NULL OR d.type = $type)
    AND ($level IS NULL OR d.level = $level)
    AND ($province IS NULL OR d.province = $province OR d.scope = $provinceKey)
    AND ($issuerKey IS NULL OR d.issuerKey = $issuerKey)
    AND ($from IS NULL OR d.issuedOn >= $from)
    AND ($to IS NULL OR d.issuedOn <= $to)
    AND ($stub IS NULL OR coalesce(d.stub, false) = $stub)
  RETURN count(d) AS total
}
MATCH (d:Document)
WHERE ($type IS NULL OR d.type = $type)
  AND ($level IS NULL OR d.level = $level)
  AND ($province IS NULL OR d.province = $province OR d.scope = $provinceKey)
  AND ($issuerKey IS NULL OR d.issuerKey = $issuerKey)
  AND ($from IS NULL OR d.issuedOn >= $from)
  AND ($to IS NULL OR d.issuedOn <= $to)
  AND ($stub IS NULL OR coalesce(d.stub, false) = $stub)
WITH total, d,
  (CASE WHEN 'IMPLEMENTS' IN $types THEN COUNT { (d)<-[:IMPLEMENTS]-() } ELSE 0 END)
  + (CASE WHEN 'BASED_ON' IN $types THEN COUNT { (d)<-[:BASED_ON]-() } ELSE 0 END)
  + (CASE WHEN 'ATTACHES' IN $types THEN COUNT { (d)<-[:ATTACHES]-() } ELSE 0 END)
  + (CASE WHEN 'AMENDS' IN $types THEN COUNT { (d)<-[:AMENDS]-() } ELSE 0 END)
  + (CASE WHEN 'REPLACES' IN $types THEN COUNT { (d)<-[:REPLACES]-() } ELSE 0 END)
  + (CASE WHEN 'REPEALS' IN $types THEN COUNT { (d)<-[:REPEALS]-() } ELSE 0 END)
  + (CASE WHEN 'CITES' IN $types THEN COUNT { (d)<-[:CITES]-() } ELSE 0 END) AS cited
ORDER BY cited DESC, d.issuedOn IS NULL, d.issuedOn DESC, d.key
LIMIT $limit
RETURN total,
  d {
    .key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub, .generated
  } AS node,
  COUNT { (d)<-[:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-() } AS citedByCount,
  EXISTS { (d)<-[:REPLACES|REPEALS]-() } AS superseded,
  EXISTS { MATCH (d)-[:IMPLEMENTS|BASED_ON]->(x) WHERE EXISTS { (x)<-[:REPLACES|REPEALS]-() } } AS restsOnSuperseded,
  [(d)-[e:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(t) WHERE type(e) IN $types |
    {target: t.key, type: type(e), implied: coalesce(e.implied, false)}] AS out
