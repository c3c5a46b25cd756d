// Purpose: upsert issuing and receiving bodies and their PART_OF hierarchy.
// :params {authorities: [{key: 'tinh uy lai chau', name: 'Tỉnh ủy Lai Châu', code: 'TU', level: 'provincial', province: 'Lai Châu', branch: 'party'}], partOf: [{child: 'ban thuong vu tinh uy lai chau', parent: 'tinh uy lai chau'}]}
CALL {
  UNWIND $authorities AS a
  MERGE (n:Authority {key: a.key})
  SET n.name = coalesce(n.name, a.name),
      n.code = coalesce(a.code, n.code),
      n.level = coalesce(a.level, n.level),
      n.province = coalesce(a.province, n.province),
      n.branch = coalesce(a.branch, n.branch)
}
CALL {
  UNWIND $partOf AS p
  MATCH (c:Authority {key: p.child})
  MATCH (q:Authority {key: p.parent})
  MERGE (c)-[:PART_OF]->(q)
}
RETURN 1 AS done
