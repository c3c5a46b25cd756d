// Purpose: headline counts: loaded documents, stubs, citation relationships (explicit and implied; citation types only ever join two documents, so the count store answers), and whether any document comes from the synthetic generator.
// :params {}
CALL () { MATCH (d:Document) RETURN count(d) AS all }
CALL () { MATCH (d:Document) WHERE d.stub = true RETURN count(d) AS stubs }
CALL () {
  RETURN COUNT { ()-[:IMPLEMENTS]->() } + COUNT { ()-[:BASED_ON]->() } + COUNT { ()-[:ATTACHES]->() }
    + COUNT { ()-[:AMENDS]->() } + COUNT { ()-[:REPLACES]->() } + COUNT { ()-[:REPEALS]->() }
    + COUNT { ()-[:CITES]->() } AS citations
}
CALL () {
  OPTIONAL MATCH (d:Document)
  WHERE d.generated = true
  WITH d LIMIT 1
  RETURN d IS NOT NULL AS generated
}
RETURN all - stubs AS documents, stubs, citations, generated
