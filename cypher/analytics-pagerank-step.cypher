// Purpose: PageRank in Cypher, one power iteration (benchmark comparison): prRank = (1 - alpha)/n + alpha * (inflow + dangling/n) for every document, computed from the previous ranks before any is written; returns the L1 change.
// :params {types: ['IMPLEMENTS', 'BASED_ON', 'ATTACHES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES'], alpha: 0.85, n: 1000.0}
CALL () { MATCH (s:Document) WHERE s.prOut = 0 RETURN sum(s.prRank) AS dangling }
MATCH (d:Document)
CALL (d) {
  MATCH (s:Document)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(d)
  WHERE type(r) IN $types AND s <> d
  WITH DISTINCT s
  RETURN sum(s.prRank / s.prOut) AS inflow
}
WITH d, d.prRank AS prev, (1 - $alpha) / $n + $alpha * (inflow + dangling / $n) AS next
WITH collect({d: d, prev: prev, next: next}) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row.d AS d, row.next AS next
  SET d.prRank = next
}
RETURN reduce(e = 0.0, row IN rows | e + abs(row.next - row.prev)) AS delta
