-- The trigram index of V16 against reading every name, on many more organisations than the demo register has.
-- Run in an empty scratch database of PostgreSQL 15 (pg_trgm available):
--   createdb scratch && psql -d scratch -f benchmarks/pg-trigram-names.sql
-- Each pattern is timed twice with index scans allowed and twice with them turned off (EXPLAIN ANALYZE).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE org_big AS
SELECT md5(i::text) AS id,
       (ARRAY['Sunrise','Bright','Golden','Phoenix','Star','Ocean','Textiles','Garments','Apparel','Footwear','Knit',
              'Denim','Leather','Global','United'])[1 + (i * 7) % 15]
       || ' ' || (ARRAY['Star','Moon','River','Hill','Valley','Dragon','Lotus','Pearl','Harbor','Bridge','Forest',
                        'Tiger'])[1 + (i * 13) % 12]
       || ' ' || substr(md5((i * 31)::text), 1, 8) || ' Co. Ltd.' AS name
  FROM generate_series(1, 500000) i;
CREATE INDEX org_big_trgm ON org_big USING gin (LOWER(name) gin_trgm_ops);
ANALYZE org_big;

\echo 'index scans allowed'
EXPLAIN (ANALYZE) SELECT count(*) FROM org_big WHERE LOWER(name) LIKE '%bright star%';
EXPLAIN (ANALYZE) SELECT count(*) FROM org_big WHERE LOWER(name) LIKE '%a1b2%';
EXPLAIN (ANALYZE) SELECT count(*) FROM org_big WHERE LOWER(name) LIKE '%textiles%';
\echo 'index scans off: every name is read'
SET enable_bitmapscan = off;
SET enable_indexscan = off;
EXPLAIN (ANALYZE) SELECT count(*) FROM org_big WHERE LOWER(name) LIKE '%bright star%';
EXPLAIN (ANALYZE) SELECT count(*) FROM org_big WHERE LOWER(name) LIKE '%a1b2%';
EXPLAIN (ANALYZE) SELECT count(*) FROM org_big WHERE LOWER(name) LIKE '%textiles%';
DROP TABLE org_big;
