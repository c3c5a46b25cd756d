// Purpose: one document in full: its properties and text, its issuing authority, the citations it makes and receives (explicit and implied, with offsets and quotes), and what replaced, repealed or amended it.
// :params {key: '628/UBND-VX|lai chau|2020'}
MATCH (d:Document {key: $key})
OPTIONAL CALL (d) {
  MATCH (d)-[:ISSUED_BY]->(a:Authority)
  RETURN a {.name, .code, .level, .province, .branch} AS authority
  LIMIT 1
}
RETURN d {
    .key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub, .generated,
    .text, .place, .source, .issuerJson, .signerName, .signerCapacity, .recipientsJson, .receivedJson, .warnings
  } AS doc,
  authority,
  COUNT { (d)<-[:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-() } AS citedByCount,
  [(d)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(t:Document) | {
    type: type(r), rel: r {.implied, .quote, .start, .end, .starts, .ends, .evidence},
    other: t {.key, .number, .type, .title, .issuedOn, .level, .province, .stub}
  }] AS references,
  [(s:Document)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(d) | {
    type: type(r), rel: r {.implied, .quote, .start, .end, .starts, .ends, .evidence},
    other: s {.key, .number, .type, .title, .issuedOn, .level, .province, .stub}
  }] AS citedBy,
  [(s:Document)-[:REPLACES]->(d) | s {.key, .number, .issuedOn}] AS replacedBy,
  [(s:Document)-[:REPEALS]->(d) | s {.key, .number, .issuedOn}] AS repealedBy,
  [(s:Document)-[:AMENDS]->(d) | s {.key, .number, .issuedOn}] AS amendedBy,
  EXISTS { MATCH (d)-[:IMPLEMENTS|BASED_ON]->(x) WHERE EXISTS { (x)<-[:REPLACES|REPEALS]-() } } AS restsOnSuperseded
