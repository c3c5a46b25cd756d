// Purpose: the authorities that issued at least one document in the graph, with how many, most prolific first.
// :params {}
MATCH (a:Authority)
WITH a, COUNT { (a)<-[:ISSUED_BY]-() } AS documents
WHERE documents > 0
RETURN a.key AS key, a.name AS name, a.level AS level, a.province AS province, a.branch AS branch, documents
ORDER BY documents DESC, name
