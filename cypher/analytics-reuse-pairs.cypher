// Purpose: one page (keyset on the child's key) of the pairs whose text reuse is computed: each loaded child after $after with the loaded parents it IMPLEMENTS, or CITES while also implementing them through a chain of 2 to 4 IMPLEMENTS hops; `fresh` says a current (:Reuse) of version $version exists.
// :params {after: '', limit: 500, version: 1}
MATCH (c:Document)
WHERE c.key > $after AND c.stub = false
WITH c
ORDER BY c.key
LIMIT $limit
RETURN c.key AS child,
  COLLECT {
    MATCH (c)-[r:IMPLEMENTS|CITES]->(p:Document)
    WHERE p.stub = false AND p.key <> c.key AND (type(r) = 'IMPLEMENTS' OR EXISTS { (c)-[:IMPLEMENTS]->{2,4}(p) })
    WITH DISTINCT p
    RETURN {parent: p.key, fresh: EXISTS {
      MATCH (x:Reuse {key: c.key + '>' + p.key})
      WHERE x.childHash = c.hash AND x.parentHash = p.hash AND x.version = $version
    }}
  } AS parents
