// Purpose: list documents matching the filters only (no search words), newest first, one page plus the total.
// :params {type: 'Chỉ thị', level: 'central', province: null, provinceKey: null, issuerKey: null, from: '2020-01-01', to: '2020-12-31', stub: false, skip: 0, size: 20}
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
CALL () {
  MATCH (d:Document)
  WHERE ($type IS NULL OR d.type = $type)
    AND ($level IS NULL OR d.level = $level)
    AND ($province IS NULL OR d.province = $province OR d.scope = $provinceKey)
    AND ($issuerKey IS NULL OR d.issuerKey = $issuerKey)
    AND ($from IS NULL OR d.issuedOn >= $from)
    AND ($to IS NULL OR d.issuedOn <= $to)
    AND ($stub IS NULL OR coalesce(d.stub, false) = $stub)
  WITH d
  ORDER BY d.issuedOn IS NULL, d.issuedOn DESC, d.key
  SKIP $skip LIMIT $size
  RETURN collect(d {
    .key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub, .generated,
    citedByCount: COUNT { (d)<-[:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-() }
  }) AS items
}
RETURN total, items
