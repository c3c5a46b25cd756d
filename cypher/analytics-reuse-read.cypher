// Purpose: stored text-reuse results for (child, parent) pairs by key 'child>parent', each with whether it is current (both documents' content hashes unchanged since it was computed).
// :params {keys: ['628/UBND-VX|lai chau|2020>172-TB/TW|central|2020']}
UNWIND $keys AS key
MATCH (x:Reuse {key: key})
OPTIONAL MATCH (c:Document {key: x.child})
OPTIONAL MATCH (p:Document {key: x.parent})
RETURN x {.*} AS reuse, coalesce(c.hash = x.childHash AND p.hash = x.parentHash, false) AS fresh
