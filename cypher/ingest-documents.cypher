// Purpose: upsert documents with their text and metadata (a stub with the same key is upgraded in place), and link issuer, recipients, signer and receipts.
// :params {docs: [{key: '45/UBND-VX|son la|2021', props: {number: '45/UBND-VX', title: '...', stub: false}, issuerKey: 'uy ban nhan dan tinh son la', recipients: [{key: 'so y te tinh son la', list: 'to', position: 0}], signer: {key: 'lo minh hung', name: 'Lò Minh Hùng', capacity: 'PHÓ GIÁM ĐỐC'}, receipts: [{key: 'so y te tinh son la', on: '2021-06-05', registerNo: '318'}]}]}
UNWIND $docs AS row
MERGE (d:Document {key: row.key})
SET d += row.props, d.stub = false, d.yearGuessed = false
WITH d, row
CALL (d, row) {
  WITH d, row WHERE row.issuerKey IS NOT NULL
  MATCH (a:Authority {key: row.issuerKey})
  MERGE (d)-[:ISSUED_BY]->(a)
}
CALL (d, row) {
  UNWIND row.recipients AS r
  MATCH (a:Authority {key: r.key})
  MERGE (d)-[e:ADDRESSED_TO {list: r.list}]->(a)
  SET e.position = r.position
}
CALL (d, row) {
  WITH d, row WHERE row.signer IS NOT NULL
  MERGE (p:Person {key: row.signer.key})
  ON CREATE SET p.name = row.signer.name
  MERGE (d)-[s:SIGNED_BY]->(p)
  SET s.capacity = row.signer.capacity
}
CALL (d, row) {
  UNWIND row.receipts AS r
  MATCH (a:Authority {key: r.key})
  MERGE (d)-[e:RECEIVED_BY]->(a)
  SET e.on = r.on, e.registerNo = r.registerNo
}
RETURN count(d) AS written
