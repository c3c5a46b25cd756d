// Purpose: a cheap fingerprint of the graph (document and relationship counts come from the count store) so cached analytics know when the graph changed.
// :params {}
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN documents, relationships
