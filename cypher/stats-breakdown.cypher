// Purpose: loaded (non-stub) documents counted by level, type and province together; the caller folds the rows into one count per level, per type and per province.
// :params {}
MATCH (d:Document)
WHERE d.stub = false
RETURN d.level AS level, d.type AS type, d.province AS province, count(*) AS n
