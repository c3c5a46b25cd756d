// Purpose: one level of an upstream walk (analytics: status flags): the documents that any of $keys cites through the relation types $types, each row a citation with the cited document's summary. Implied links (stated by a third document) count only when the citing document is a stub (its own text, which would state its citations, is not loaded) and the link neither goes back in time nor up the hierarchy: on the 100k generated corpus, implied links between loaded documents were mostly parser misreadings ('thực hiện A và B' read as A implements B) that graft whole subtrees onto the wrong root.
// :params {keys: ['5619/SYT-NVY|ho chi minh|2020'], types: ['IMPLEMENTS', 'BASED_ON']}
UNWIND $keys AS key
MATCH (c:Document {key: key})-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(p:Document)
WHERE type(r) IN $types
  // An implied link (stated by a third document) counts only for a citing document whose text is not loaded
  // (a stub: that statement is all there is), and only when it neither goes back in time nor up the hierarchy.
  AND (coalesce(r.implied, false) = false OR (
    c.stub = true
    AND NOT coalesce(c.issuedOn < p.issuedOn, false)
    AND NOT coalesce(CASE c.level WHEN 'central' THEN 0 WHEN 'provincial' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3 END
      < CASE p.level WHEN 'central' THEN 0 WHEN 'provincial' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3 END, false)))
RETURN key AS child, type(r) AS type, coalesce(r.implied, false) AS implied,
  p {.key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub} AS node
