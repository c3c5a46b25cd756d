// Purpose: graph-node summaries (with cited-by count and supersession flags) of the documents with the given keys; unknown keys are skipped.
// :params {keys: ['628/UBND-VX|lai chau|2020', '172-TB/TW|central|2020']}
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN d {
    .key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub, .generated
  } AS node,
  COUNT { (d)<-[:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-() } AS citedByCount,
  EXISTS { (d)<-[:REPLACES|REPEALS]-() } AS superseded,
  EXISTS { MATCH (d)-[:IMPLEMENTS|BASED_ON]->(x) WHERE EXISTS { (x)<-[:REPLACES|REPEALS]-() } } AS restsOnSuperseded
