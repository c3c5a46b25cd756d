// Purpose: a cheap fingerprint of the graph's content (count-store counts of nodes and of every relationship type: O(1), no scan), so read.ts can tell whether a cached overview, stats or issuer list is still current without recomputing it.
// :params {}
RETURN COUNT { (:Document) } AS documents,
  COUNT { (:Authority) } AS authorities,
  COUNT { (:Person) } AS persons,
  [COUNT { ()-[:IMPLEMENTS]->() }, COUNT { ()-[:BASED_ON]->() }, COUNT { ()-[:ATTACHES]->() },
   COUNT { ()-[:AMENDS]->() }, COUNT { ()-[:REPLACES]->() }, COUNT { ()-[:REPEALS]->() },
   COUNT { ()-[:CITES]->() }, COUNT { ()-[:ISSUED_BY]->() }, COUNT { ()-[:ADDRESSED_TO]->() },
   COUNT { ()-[:SIGNED_BY]->() }, COUNT { ()-[:RECEIVED_BY]->() }, COUNT { ()-[:PART_OF]->() }] AS relationships
