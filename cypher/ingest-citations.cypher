// Purpose: write the citations a document makes, one relationship per (citing, cited) pair with its strongest relation and every mention's offsets. The citing documents' old citations were cleared (or they are new), so CREATE is safe; the type comes from the row (dynamic type, Neo4j 5.26).
// :params {cites: [{from: '628/UBND-VX|lai chau|2020', to: '1276-CV/TU|lai chau|2020', type: 'IMPLEMENTS', props: {quote: 'Thực hiện ...', start: 812, end: 833, starts: [420, 812], ends: [441, 833], mentions: 2}}]}
UNWIND $cites AS c
MATCH (a:Document {key: c.from})
MATCH (b:Document {key: c.to})
CREATE (a)-[r:$(c.type)]->(b)
SET r = c.props, r.implied = false
RETURN count(r) AS written
