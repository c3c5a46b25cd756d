// Purpose: all shortest citation paths (at most $maxPaths, up to 10 hops) FOLLOWING the citations from $from to $to ($from cites ... cites $to, i.e. $from is the later, implementing side), over the chosen relation types.
// :params {from: '628/UBND-VX|lai chau|2020', to: '35-CT/TW|central|2019', types: ['IMPLEMENTS', 'BASED_ON', 'ATTACHES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES'], maxPaths: 20}
MATCH (a:Document {key: $from})
MATCH (b:Document {key: $to})
MATCH p = ALL SHORTEST (a)-[x WHERE type(x) IN $types]->{1,10}(b)
WITH p
LIMIT $maxPaths
RETURN [n IN nodes(p) | n.key] AS nodes,
  [r IN relationships(p) | {source: startNode(r).key, target: endNode(r).key, type: type(r), implied: coalesce(r.implied, false)}] AS edges
