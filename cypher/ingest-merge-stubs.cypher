// Purpose: fold stubs whose year was only guessed (the citation gave none) into the real document once it is loaded: every citation moves to the real node and the stub goes away.
// :params {docs: [{key: '172-TB/TW|central|2020', numberKey: '172-TB/TW', scope: 'central', year: 2020}]}
// Planned afresh on every run, like ingest-implied: a plan cached on an empty graph would look for
// the existing relationship by scanning all of them.
CYPHER replan=force
UNWIND $docs AS row
MATCH (real:Document {key: row.key})
MATCH (s:Document {numberKey: row.numberKey, scope: row.scope})
WHERE s.stub = true AND s.yearGuessed = true AND s.key <> row.key AND s.year >= row.year
CALL (s, real) {
  MATCH (x:Document)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(s)
  MERGE (x)-[n:$(type(r)) {implied: r.implied}]->(real)
  SET n += properties(r)
  DELETE r
}
CALL (s, real) {
  MATCH (s)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(y:Document)
  WHERE r.implied = true
  MERGE (real)-[n:$(type(r)) {implied: true}]->(y)
  SET n += properties(r)
  DELETE r
}
WITH DISTINCT s
DETACH DELETE s
RETURN count(s) AS merged
