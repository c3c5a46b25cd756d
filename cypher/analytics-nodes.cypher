// Purpose: document summaries (no text) of the given keys, for the analytics; unknown keys are skipped.
// :params {keys: ['172-TB/TW|central|2020', '628/UBND-VX|lai chau|2020']}
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN d {.key, .number, .type, .title, .issuerName, .issuedOn, .level, .province, .stub} AS node
