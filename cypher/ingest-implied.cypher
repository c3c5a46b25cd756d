// Purpose: write links that a document states between two other documents ("1276-CV/TU về quán triệt Thông báo 172-TB/TW"), recording the stating document as evidence.
// :params {links: [{from: '1276-CV/TU|lai chau|2020', to: '172-TB/TW|central|2020', type: 'IMPLEMENTS', evidence: '628/UBND-VX|lai chau|2020', quote: '...', start: 120, end: 260}]}
// Planned afresh on every run: a plan cached while the graph was empty checks for an existing
// link by scanning every relationship (cheapest when there are none), and that cost grows with
// each batch. Replanning takes milliseconds; the scan took seconds per batch at 10k documents.
CYPHER replan=force
UNWIND $links AS l
MATCH (a:Document {key: l.from})
MATCH (b:Document {key: l.to})
MERGE (a)-[r:$(l.type) {implied: true}]->(b)
ON CREATE SET r.evidence = [], r.quote = l.quote, r.start = l.start, r.end = l.end
SET r.evidence = CASE WHEN l.evidence IN r.evidence THEN r.evidence ELSE r.evidence + l.evidence END
RETURN count(r) AS written
