// Purpose: create stubs for cited documents the graph does not hold at all (keys checked beforehand); existing stubs go through ingest-stubs.
// :params {stubs: [{key: '1276-CV/TU|lai chau|2020', props: {number: '1276-CV/TU', numberKey: '1276-CV/TU', scope: 'lai chau', year: 2020, yearGuessed: false, type: 'Công văn'}}]}
UNWIND $stubs AS s
CREATE (d:Document)
SET d = s.props, d.key = s.key, d.stub = true
RETURN count(d) AS stubs
