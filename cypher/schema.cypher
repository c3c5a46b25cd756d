// Purpose: constraints and indexes of the Directive Graph data model (shared/DESIGN.md); every statement is idempotent (IF NOT EXISTS), applied in order by applySchema() in server/graph/cypher.ts, one statement per ';'.
// :params {}

// Identity: one node per key (issuer + number + year for documents), so MERGE never duplicates.
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT authority_key IF NOT EXISTS FOR (a:Authority) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (p:Person) REQUIRE p.key IS UNIQUE;

// Range indexes for filters and lookups on documents.
CREATE INDEX document_number IF NOT EXISTS FOR (d:Document) ON (d.number);
CREATE INDEX document_number_key IF NOT EXISTS FOR (d:Document) ON (d.numberKey);
// Year-less citations and guessed-year stubs are resolved by number within a numbering scope.
CREATE INDEX document_number_scope IF NOT EXISTS FOR (d:Document) ON (d.numberKey, d.scope);
CREATE INDEX document_issuer_key IF NOT EXISTS FOR (d:Document) ON (d.issuerKey);
CREATE INDEX document_issued_on IF NOT EXISTS FOR (d:Document) ON (d.issuedOn);
CREATE INDEX document_level IF NOT EXISTS FOR (d:Document) ON (d.level);
CREATE INDEX document_province IF NOT EXISTS FOR (d:Document) ON (d.province);
CREATE INDEX document_type IF NOT EXISTS FOR (d:Document) ON (d.type);
CREATE INDEX document_stub IF NOT EXISTS FOR (d:Document) ON (d.stub);

// Full-text search over documents. 'standard-folding' (Lucene ASCIIFoldingFilter after lower-casing)
// folds Vietnamese diacritics: "chi thi 16" finds "Chỉ thị số 16/CT-TTg", "dien bien" finds "Điện Biên" (đ → d).
// Caveats: it drops English stop words ("an", "the", "to", "no"...), which also fold out of
// Vietnamese words such as "an", "thể"; and text must be NFC (decomposed NFD marks are not folded).
// Eventually consistent: commits do not wait for Lucene; ingest calls
// db.index.fulltext.awaitEventuallyConsistentIndexRefresh() once at its end (cypher/await-search-index.cypher).
// searchText is an optional, application-built field (e.g. other names of the issuer, the symbol without punctuation).
CREATE FULLTEXT INDEX document_search IF NOT EXISTS
FOR (d:Document) ON EACH [d.number, d.title, d.issuerName, d.text, d.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
