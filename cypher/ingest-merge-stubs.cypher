// Purpose: fold stubs whose year was only guessed (the citation gave none) into the real document once it is loaded: every citation moves to the real node and the stub goes away.
// :params {docs: [{key: '172-TB/TW|central|2020', numberKey: '172-TB/TW', scope: 'central', year: 2020}]}
UNWIND $docs AS row
MATCH (real:Document {key: row.key})
MATCH (s:Document {numberKey: row.numberKey})
WHERE s.scope = row.scope AND s.stub = true AND s.yearGuessed = true AND s.key <> row.key AND s.year >= row.year
CALL (s, real) {
  MATCH (x)-[r:IMPLEMENTS]->(s) MERGE (x)-[n:IMPLEMENTS {implied: r.implied}]->(real) SET n += properties(r) DELETE r
} CALL (s, real) {
  MATCH (x)-[r:BASED_ON]->(s) MERGE (x)-[n:BASED_ON {implied: r.implied}]->(real) SET n += properties(r) DELETE r
} CALL (s, real) {
  MATCH (x)-[r:ATTACHES]->(s) MERGE (x)-[n:ATTACHES {implied: r.implied}]->(real) SET n += properties(r) DELETE r
} CALL (s, real) {
  MATCH (x)-[r:AMENDS]->(s) MERGE (x)-[n:AMENDS {implied: r.implied}]->(real) SET n += properties(r) DELETE r
} CALL (s, real) {
  MATCH (x)-[r:REPLACES]->(s) MERGE (x)-[n:REPLACES {implied: r.implied}]->(real) SET n += properties(r) DELETE r
} CALL (s, real) {
  MATCH (x)-[r:REPEALS]->(s) MERGE (x)-[n:REPEALS {implied: r.implied}]->(real) SET n += properties(r) DELETE r
} CALL (s, real) {
  MATCH (x)-[r:CITES]->(s) MERGE (x)-[n:CITES {implied: r.implied}]->(real) SET n += properties(r) DELETE r
} CALL (s, real) {
  MATCH (s)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(y)
  WHERE r.implied = true
  WITH s, real, r, y, type(r) AS t
  FOREACH (_ IN CASE WHEN t = 'IMPLEMENTS' THEN [1] ELSE [] END | MERGE (real)-[n:IMPLEMENTS {implied: true}]->(y) SET n += properties(r))
  FOREACH (_ IN CASE WHEN t = 'BASED_ON' THEN [1] ELSE [] END | MERGE (real)-[n:BASED_ON {implied: true}]->(y) SET n += properties(r))
  FOREACH (_ IN CASE WHEN t = 'ATTACHES' THEN [1] ELSE [] END | MERGE (real)-[n:ATTACHES {implied: true}]->(y) SET n += properties(r))
  FOREACH (_ IN CASE WHEN t = 'AMENDS' THEN [1] ELSE [] END | MERGE (real)-[n:AMENDS {implied: true}]->(y) SET n += properties(r))
  FOREACH (_ IN CASE WHEN t = 'REPLACES' THEN [1] ELSE [] END | MERGE (real)-[n:REPLACES {implied: true}]->(y) SET n += properties(r))
  FOREACH (_ IN CASE WHEN t = 'REPEALS' THEN [1] ELSE [] END | MERGE (real)-[n:REPEALS {implied: true}]->(y) SET n += properties(r))
  FOREACH (_ IN CASE WHEN t = 'CITES' THEN [1] ELSE [] END | MERGE (real)-[n:CITES {implied: true}]->(y) SET n += properties(r))
  DELETE r
}
WITH s, count(*) AS moved
DETACH DELETE s
RETURN count(s) AS merged
