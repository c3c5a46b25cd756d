// Purpose: every citation of the relation types $types (citing → cited) as parallel lists of internal node ids, type codes (0 IMPLEMENTS, 1 BASED_ON, 2 ATTACHES, 3 AMENDS, 4 REPLACES, 5 REPEALS, 6 CITES) and implied flags in one row: integers stream several times faster than keys, for in-memory reach, PageRank and most-implemented counts. Implied links are filtered as in analytics-children.cypher (only from stubs, never back in time or up the hierarchy).
// :params {types: ['IMPLEMENTS', 'BASED_ON', 'ATTACHES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES']}
MATCH (a:Document)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(b:Document)
WHERE type(r) IN $types
  // An implied link (stated by a third document) counts only for a citing document whose text is not loaded
  // (a stub: that statement is all there is), and only when it neither goes back in time nor up the hierarchy.
  AND (coalesce(r.implied, false) = false OR (
    a.stub = true
    AND NOT coalesce(a.issuedOn < b.issuedOn, false)
    AND NOT coalesce(CASE a.level WHEN 'central' THEN 0 WHEN 'provincial' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3 END
      < CASE b.level WHEN 'central' THEN 0 WHEN 'provincial' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3 END, false)))
RETURN collect(id(a)) AS froms, collect(id(b)) AS tos,
  collect(CASE type(r) WHEN 'IMPLEMENTS' THEN 0 WHEN 'BASED_ON' THEN 1 WHEN 'ATTACHES' THEN 2 WHEN 'AMENDS' THEN 3 WHEN 'REPLACES' THEN 4 WHEN 'REPEALS' THEN 5 ELSE 6 END) AS types,
  collect(coalesce(r.implied, false)) AS implied
