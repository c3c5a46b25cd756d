// Purpose: write the citations a document makes, one relationship per (citing, cited) pair with its strongest relation and every mention's offsets.
// :params {cites: [{from: '628/UBND-VX|lai chau|2020', to: '1276-CV/TU|lai chau|2020', type: 'IMPLEMENTS', props: {quote: 'Thực hiện ...', start: 812, end: 833, starts: [420, 812], ends: [441, 833], mentions: 2}}]}
UNWIND $cites AS c
MATCH (a:Document {key: c.from})
MATCH (b:Document {key: c.to})
FOREACH (_ IN CASE WHEN c.type = 'IMPLEMENTS' THEN [1] ELSE [] END | MERGE (a)-[r:IMPLEMENTS {implied: false}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.type = 'BASED_ON' THEN [1] ELSE [] END | MERGE (a)-[r:BASED_ON {implied: false}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.type = 'ATTACHES' THEN [1] ELSE [] END | MERGE (a)-[r:ATTACHES {implied: false}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.type = 'AMENDS' THEN [1] ELSE [] END | MERGE (a)-[r:AMENDS {implied: false}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.type = 'REPLACES' THEN [1] ELSE [] END | MERGE (a)-[r:REPLACES {implied: false}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.type = 'REPEALS' THEN [1] ELSE [] END | MERGE (a)-[r:REPEALS {implied: false}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.type = 'CITES' THEN [1] ELSE [] END | MERGE (a)-[r:CITES {implied: false}]->(b) SET r += c.props)
RETURN count(c) AS written
