// Purpose: every document of the graph with only what the in-memory rankings need, as parallel lists in one row: internal node id (integers stream several times faster than keys; analytics-keys.cypher maps the few ids shown back to keys), level code (0 central, 1 provincial, 2 district, 3 commune, -1 unknown) and stub flag.
// :params {}
MATCH (d:Document)
RETURN collect(id(d)) AS ids,
  collect(CASE d.level WHEN 'central' THEN 0 WHEN 'provincial' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3 ELSE -1 END) AS levels,
  collect(d.stub = true) AS stubs
