// Purpose: the index that makes (:Reuse {key}) lookups and the MERGE of analytics-reuse-write.cypher fast; idempotent (belongs with cypher/schema.cypher, kept here until it moves there).
// :params {}
CREATE INDEX reuse_key IF NOT EXISTS FOR (x:Reuse) ON (x.key)
