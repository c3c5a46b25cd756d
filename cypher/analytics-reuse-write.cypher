// Purpose: store text-reuse results idempotently, one (:Reuse) node per (child, parent) pair keyed 'child>parent', replaced in place when computed again; passages are a flat list [childStart, childEnd, parentStart, parentEnd, words, ...].
// :params {rows: [{key: '628/UBND-VX|lai chau|2020>172-TB/TW|central|2020', props: {child: '628/UBND-VX|lai chau|2020', parent: '172-TB/TW|central|2020', childHash: 'a1', parentHash: 'b2', version: 1, shingle: 8, share: 0.43, childWords: 975, parentWords: 1720, reusedWords: 419, passageCount: 15, passages: [812, 1030, 4410, 4626, 41], computedAt: '2026-01-01T00:00:00Z'}}]}
UNWIND $rows AS row
MERGE (x:Reuse {key: row.key})
SET x += row.props
RETURN count(x) AS written
