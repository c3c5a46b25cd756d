// Purpose: search documents by full-text (the document_search index, diacritics folded) and by exact number (stubs included), apply the filters, and return one page of summaries, best first (a number typed whole, then the most cited of those numbered alike, then full-text score), with the total.
// :params {lucene: '+chi +thi +16', numbers: [{prefix: '16', squashed: '16CTTTG', digitsOnly: false}], type: null, level: null, province: null, provinceKey: null, issuerKey: null, from: null, to: null, stub: null, skip: 0, size: 20}
CALL () {
  WITH $lucene AS lucene
  WHERE lucene <> ''
  CALL db.index.fulltext.queryNodes('document_search', lucene) YIELD node, score
  RETURN node AS d, score
  UNION ALL
  UNWIND $numbers AS n
  MATCH (d:Document)
  WHERE d.number STARTS WITH n.prefix
  WITH d, n, replace(replace(replace(replace(coalesce(d.numberKey, d.number), '-', ''), '/', ''), '.', ''), ' ', '') AS squashed
  WHERE squashed = n.squashed
     OR (n.digitsOnly AND NOT substring(d.number, size(n.prefix), 1) IN ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
  // The whole number typed ranks first; among the documents numbered "172 ...", the most cited
  // (172-TB/TW before a district's 172/KH-UBND). Number matches are few, so counting is cheap.
  WITH d, squashed = n.squashed AS exact, COUNT { (d)<-[:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-() } AS cited
  RETURN d, CASE WHEN exact THEN 2000.0 ELSE 1000.0 END + toFloat(CASE WHEN cited > 999 THEN 999 ELSE cited END) / 1000.0 AS score
}
WITH d, max(score) AS score
WHERE ($type IS NULL OR d.type = $type)
  AND ($level IS NULL OR d.level = $level)
  AND ($province IS NULL OR d.province = $province OR d.scope = $provinceKey)
  AND ($issuerKey IS NULL OR d.issuerKey = $issuerKey)
  AND ($from IS NULL OR d.issuedOn >= $from)
  AND ($to IS NULL OR d.issuedOn <= $to)
  AND ($stub IS NULL OR coalesce(d.stub, false) = $stub)
WITH d, score
ORDER BY score DESC, d.issuedOn IS NULL, d.issuedOn DESC, d.key
WITH collect(d) AS hits
RETURN size(hits) AS total,
  [d IN hits[$skip..($skip + $size)] | d {
    .key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub, .generated,
    citedByCount: COUNT { (d)<-[:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-() }
  }] AS items
