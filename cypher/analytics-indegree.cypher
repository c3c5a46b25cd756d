// Purpose: documents ranked by in-degree (distinct documents citing them through $types, implied links filtered as in analytics-graph-edges.cypher), central ones only when $central; the top $limit with their summaries.
// :params {types: ['IMPLEMENTS', 'BASED_ON', 'ATTACHES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES'], central: true, limit: 20}
MATCH (d:Document)
WHERE $central = false OR d.level = 'central'
WITH d, COUNT {
  MATCH (c:Document)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(d)
  WHERE type(r) IN $types
    // Implied links filtered as in analytics-graph-edges.cypher.
    AND (coalesce(r.implied, false) = false OR (
      c.stub = true
      AND NOT coalesce(c.issuedOn < d.issuedOn, false)
      AND NOT coalesce(CASE c.level WHEN 'central' THEN 0 WHEN 'provincial' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3 END
        < CASE d.level WHEN 'central' THEN 0 WHEN 'provincial' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3 END, false)))
  RETURN DISTINCT c
} AS indegree
WHERE indegree > 0
ORDER BY indegree DESC, d.key
LIMIT $limit
RETURN indegree, d {.key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub} AS node
