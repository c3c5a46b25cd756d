// Purpose: before writing a batch, read what the graph already holds for these keys (status of each document: new, stub, loaded with which hash).
// :params {keys: ['628/UBND-VX|lai chau|2020', '172-TB/TW|central|2020']}
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN d.key AS key, d.stub AS stub, d.hash AS hash
