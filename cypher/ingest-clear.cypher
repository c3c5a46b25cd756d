// Purpose: remove what a re-ingested document said before (its citations, issuer, recipients, signer, receipts, and its evidence for implied links), so the new version replaces it whole.
// :params {keys: ['628/UBND-VX|lai chau|2020']}
UNWIND $keys AS key
MATCH (d:Document {key: key})
CALL (d, key) {
  OPTIONAL MATCH (d)-[c:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]->(t:Document)
  WHERE c.implied = false
  WITH d, key, collect(DISTINCT t) AS targets, collect(c) AS cs
  FOREACH (c IN cs | DELETE c)
  WITH key, targets
  UNWIND targets AS a
  MATCH (a)-[r:IMPLEMENTS|BASED_ON|ATTACHES|AMENDS|REPLACES|REPEALS|CITES]-(:Document)
  WHERE r.implied = true AND key IN r.evidence
  SET r.evidence = [e IN r.evidence WHERE e <> key]
  WITH r WHERE size(r.evidence) = 0
  DELETE r
}
CALL (d) {
  OPTIONAL MATCH (d)-[o:ISSUED_BY|ADDRESSED_TO|SIGNED_BY|RECEIVED_BY]->()
  DELETE o
}
RETURN count(d) AS cleared
