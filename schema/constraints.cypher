// Constraints and indexes, applied at every start (each statement is idempotent).
// Every entity node has the label Entity besides its type; ids are unique across all entities.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT federation_id IF NOT EXISTS FOR (n:Federation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT county_id IF NOT EXISTS FOR (n:County) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT municipality_id IF NOT EXISTS FOR (n:Municipality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT day_id IF NOT EXISTS FOR (n:Day) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT year_id IF NOT EXISTS FOR (n:Year) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;

// Fact labels: unique ids too, so generated queries filtering a fact type by id use an index.
CREATE CONSTRAINT chairmanship_id IF NOT EXISTS FOR (n:Chairmanship) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tenure_id IF NOT EXISTS FOR (n:Tenure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lead_id IF NOT EXISTS FOR (n:Lead) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT participation_id IF NOT EXISTS FOR (n:Participation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT funding_id IF NOT EXISTS FOR (n:Funding) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT launch_id IF NOT EXISTS FOR (n:Launch) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT membership_id IF NOT EXISTS FOR (n:Membership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT succession_id IF NOT EXISTS FOR (n:Succession) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT announcement_id IF NOT EXISTS FOR (n:Announcement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_usage_id IF NOT EXISTS FOR (n:ServiceUsage) REQUIRE n.id IS UNIQUE;

// Properties the first-class queries filter on.
CREATE INDEX fact_year IF NOT EXISTS FOR (n:Fact) ON (n.year);
CREATE INDEX fact_type IF NOT EXISTS FOR (n:Fact) ON (n.type);
CREATE INDEX chairmanship_year IF NOT EXISTS FOR (n:Chairmanship) ON (n.year);
// chairs(year) finds chairs known by period with a range seek on the start (the chairs begun by
// the year's end) instead of scanning every Chairmanship.
CREATE INDEX chairmanship_from IF NOT EXISTS FOR (n:Chairmanship) ON (n.from);
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX day_date IF NOT EXISTS FOR (n:Day) ON (n.date);
CREATE INDEX year_value IF NOT EXISTS FOR (n:Year) ON (n.value);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// German full-text search over entity names and aliases, and over article titles and text.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german', `fulltext.eventually_consistent`: true } };
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german', `fulltext.eventually_consistent`: true } };

// The review queue: facts under the confidence threshold wait here for an editor.
CREATE CONSTRAINT review_item_id IF NOT EXISTS FOR (n:ReviewItem) REQUIRE n.id IS UNIQUE;
CREATE INDEX review_item_status IF NOT EXISTS FOR (n:ReviewItem) ON (n.status);

// Generated OZG availability facts (src/generate/): (:Fact:Availability {type: 'offersService'})
// -[:SUBJECT]->(Municipality), -[:OBJECT]->(Project). serviceAvailability starts at the service and
// walks its facts, so it needs no index on status (one would only slow the bulk load; see
// docs/performance.md).
CREATE CONSTRAINT availability_id IF NOT EXISTS FOR (n:Availability) REQUIRE n.id IS UNIQUE;
// The generated set's manifest (scale, seed, counts): one node, looked up by id.
CREATE CONSTRAINT generated_set_id IF NOT EXISTS FOR (n:GeneratedSet) REQUIRE n.id IS UNIQUE;
