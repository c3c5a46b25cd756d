// Purpose: write links that a document states between two other documents ("1276-CV/TU về quán triệt Thông báo 172-TB/TW"), recording the stating document as evidence.
// :params {links: [{from: '1276-CV/TU|lai chau|2020', to: '172-TB/TW|central|2020', type: 'IMPLEMENTS', evidence: '628/UBND-VX|lai chau|2020', quote: '...', start: 120, end: 260}]}
UNWIND $links AS l
MATCH (a:Document {key: l.from})
MATCH (b:Document {key: l.to})
FOREACH (_ IN CASE WHEN l.type = 'IMPLEMENTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:IMPLEMENTS {implied: true}]->(b)
  ON CREATE SET r.evidence = [], r.quote = l.quote, r.start = l.start, r.end = l.end
  SET r.evidence = CASE WHEN l.evidence IN r.evidence THEN r.evidence ELSE r.evidence + l.evidence END)
FOREACH (_ IN CASE WHEN l.type = 'BASED_ON' THEN [1] ELSE [] END |
  MERGE (a)-[r:BASED_ON {implied: true}]->(b)
  ON CREATE SET r.evidence = [], r.quote = l.quote, r.start = l.start, r.end = l.end
  SET r.evidence = CASE WHEN l.evidence IN r.evidence THEN r.evidence ELSE r.evidence + l.evidence END)
FOREACH (_ IN CASE WHEN l.type = 'ATTACHES' THEN [1] ELSE [] END |
  MERGE (a)-[r:ATTACHES {implied: true}]->(b)
  ON CREATE SET r.evidence = [], r.quote = l.quote, r.start = l.start, r.end = l.end
  SET r.evidence = CASE WHEN l.evidence IN r.evidence THEN r.evidence ELSE r.evidence + l.evidence END)
FOREACH (_ IN CASE WHEN l.type = 'AMENDS' THEN [1] ELSE [] END |
  MERGE (a)-[r:AMENDS {implied: true}]->(b)
  ON CREATE SET r.evidence = [], r.quote = l.quote, r.start = l.start, r.end = l.end
  SET r.evidence = CASE WHEN l.evidence IN r.evidence THEN r.evidence ELSE r.evidence + l.evidence END)
FOREACH (_ IN CASE WHEN l.type = 'REPLACES' THEN [1] ELSE [] END |
  MERGE (a)-[r:REPLACES {implied: true}]->(b)
  ON CREATE SET r.evidence = [], r.quote = l.quote, r.start = l.start, r.end = l.end
  SET r.evidence = CASE WHEN l.evidence IN r.evidence THEN r.evidence ELSE r.evidence + l.evidence END)
FOREACH (_ IN CASE WHEN l.type = 'REPEALS' THEN [1] ELSE [] END |
  MERGE (a)-[r:REPEALS {implied: true}]->(b)
  ON CREATE SET r.evidence = [], r.quote = l.quote, r.start = l.start, r.end = l.end
  SET r.evidence = CASE WHEN l.evidence IN r.evidence THEN r.evidence ELSE r.evidence + l.evidence END)
FOREACH (_ IN CASE WHEN l.type = 'CITES' THEN [1] ELSE [] END |
  MERGE (a)-[r:CITES {implied: true}]->(b)
  ON CREATE SET r.evidence = [], r.quote = l.quote, r.start = l.start, r.end = l.end
  SET r.evidence = CASE WHEN l.evidence IN r.evidence THEN r.evidence ELSE r.evidence + l.evidence END)
RETURN count(l) AS written
