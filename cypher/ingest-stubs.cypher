// Purpose: create a stub for every cited document the graph does not hold; an existing stub only gains facts it lacked (a loaded document is never touched).
// :params {stubs: [{key: '1276-CV/TU|lai chau|2020', props: {number: '1276-CV/TU', numberKey: '1276-CV/TU', scope: 'lai chau', year: 2020, yearGuessed: false, type: 'Công văn', title: null, issuedOn: '2020-03-24', level: 'provincial', province: 'Lai Châu', issuerName: 'Tỉnh ủy Lai Châu', issuerKey: 'tinh uy lai chau'}}]}
UNWIND $stubs AS s
MERGE (d:Document {key: s.key})
ON CREATE SET d += s.props, d.stub = true
WITH d, s WHERE d.stub = true
SET d.title = coalesce(d.title, s.props.title),
    d.issuedOn = coalesce(d.issuedOn, s.props.issuedOn),
    d.type = coalesce(d.type, s.props.type),
    d.issuerName = coalesce(d.issuerName, s.props.issuerName),
    d.issuerKey = coalesce(d.issuerKey, s.props.issuerKey),
    d.level = coalesce(d.level, s.props.level),
    d.province = coalesce(d.province, s.props.province)
RETURN count(d) AS stubs
