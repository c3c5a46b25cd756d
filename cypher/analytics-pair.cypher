// Purpose: two documents for text reuse: their texts and hashes, the citation types from $from to $to, and whether $from implements $to through a chain (1 to 6 IMPLEMENTS hops); no row when either is missing.
// :params {from: '628/UBND-VX|lai chau|2020', to: '172-TB/TW|central|2020'}
MATCH (c:Document {key: $from})
MATCH (p:Document {key: $to})
RETURN c.stub = true AS childStub, p.stub = true AS parentStub, c.text AS childText, p.text AS parentText,
  c.hash AS childHash, p.hash AS parentHash,
  [(c)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(p) | type(r)] AS types,
  EXISTS { (c)-[:IMPLEMENTS]->{1,6}(p) } AS inChain
