// Purpose: the citations that replace, repeal or amend any of $keys, with the superseding document's summary (analytics: status flags).
// :params {keys: ['4674/BYT-MT|central|2020']}
UNWIND $keys AS key
MATCH (d:Document {key: key})<-[r:REPLACES|REPEALS|AMENDS]-(s:Document)
RETURN key AS target, type(r) AS type, coalesce(r.implied, false) AS implied,
  s {.key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub} AS node
