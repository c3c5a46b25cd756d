// Purpose: stored texts and content hashes of loaded documents, for computing text reuse in batches; stubs and unknown keys are skipped.
// :params {keys: ['628/UBND-VX|lai chau|2020', '1276-CV/TU|lai chau|2020']}
UNWIND $keys AS key
MATCH (d:Document {key: key})
WHERE d.stub = false AND d.text IS NOT NULL
RETURN d.key AS key, d.text AS text, d.hash AS hash
