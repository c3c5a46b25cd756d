// Purpose: PageRank in Cypher, cleanup (benchmark comparison): remove the temporary prRank / prOut properties.
// :params {}
MATCH (d:Document)
WHERE d.prRank IS NOT NULL OR d.prOut IS NOT NULL
REMOVE d.prRank, d.prOut
RETURN count(d) AS cleared
