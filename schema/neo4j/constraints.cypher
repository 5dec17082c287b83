// PolicyGraph's Neo4j schema (Neo4j 5.x). Applied by schema/neo4j/migrate.ts at
// store start and by `policygraph schema apply`. Every statement is idempotent
// (IF NOT EXISTS); one statement per `;`. Graph model: DESIGN.md, "Graph model".

// One node per entity id, whatever its type label; sources and articles by id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// Name lookups per type label (MATCH (p:Person {name: '唐大军'})).
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX corridor_name IF NOT EXISTS FOR (n:Corridor) ON (n.name);
CREATE INDEX platform_name IF NOT EXISTS FOR (n:Platform) ON (n.name);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name);

// Search: exact name on any entity, substring (CONTAINS) on names, and the full-text
// index over name and aliases. The cjk analyzer indexes overlapping character
// pairs, so a phrase query finds every name that contains the typed text.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// A relation's key (type|from|to|title) is unique within its type.
CREATE CONSTRAINT holds_position_key IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT leads_key IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT implements_key IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT hosts_key IF NOT EXISTS FOR ()-[r:HOSTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT cooperates_with_key IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.key IS UNIQUE;

// A relation's evidence beyond what the relationship keeps, by the relation's key.
CREATE INDEX evidence_batch_relation IF NOT EXISTS FOR (b:EvidenceBatch) ON (b.relation);

// Which entities a source names (replacing or deleting a source starts here).
CREATE INDEX mentioned_in_source IF NOT EXISTS FOR ()-[m:MENTIONED_IN]-() ON (m.source);

// The store's revision (one node, set by every write; HTTP ETags are made from it).
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (r:PolicyGraphRevision) REQUIRE r.id IS UNIQUE;
