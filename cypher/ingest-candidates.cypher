// Purpose: documents already in the graph with a given number and numbering scope, any year; used to resolve a citation that gives no year to the nearest earlier one.
// :params {pairs: [{numberKey: '172-TB/TW', scope: 'central'}]}
UNWIND $pairs AS p
MATCH (d:Document {numberKey: p.numberKey, scope: p.scope})
RETURN d.numberKey AS numberKey, d.scope AS scope, d.year AS year, d.key AS key, d.stub AS stub, d.yearGuessed AS yearGuessed
