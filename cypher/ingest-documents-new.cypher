// Purpose: create documents the graph has never seen (no node, not even a stub, with their key), with issuer, recipients, signer and receipts; cheaper than MERGE.
// :params {docs: [{key: '628/UBND-VX|lai chau|2020', props: {number: '628/UBND-VX', title: '...'}, issuerKey: 'uy ban nhan dan tinh lai chau', recipients: [], signer: null, receipts: []}]}
UNWIND $docs AS row
CREATE (d:Document)
SET d = row.props, d.key = row.key, d.stub = false, d.yearGuessed = false
WITH d, row
CALL (d, row) {
  WITH d, row WHERE row.issuerKey IS NOT NULL
  MATCH (a:Authority {key: row.issuerKey})
  CREATE (d)-[:ISSUED_BY]->(a)
}
CALL (d, row) {
  UNWIND row.recipients AS r
  MATCH (a:Authority {key: r.key})
  CREATE (d)-[:ADDRESSED_TO {list: r.list, position: r.position}]->(a)
}
CALL (d, row) {
  WITH d, row WHERE row.signer IS NOT NULL
  MERGE (p:Person {key: row.signer.key})
  ON CREATE SET p.name = row.signer.name
  CREATE (d)-[:SIGNED_BY {capacity: row.signer.capacity}]->(p)
}
CALL (d, row) {
  UNWIND row.receipts AS r
  MATCH (a:Authority {key: r.key})
  CREATE (d)-[:RECEIVED_BY {on: r.on, registerNo: r.registerNo}]->(a)
}
RETURN count(d) AS written
