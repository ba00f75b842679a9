CREATE TABLE customer (
  id   BIGINT       PRIMARY KEY,
  name VARCHAR(200) NOT NULL
);

INSERT INTO customer (id, name) VALUES (1, 'Ada Lovelace'), (2, 'Grace Hopper');

-- tag::expand[]
-- Release 1: add the new column, nullable, so old code that never mentions it keeps working.
ALTER TABLE customer ADD COLUMN full_name VARCHAR(200);
-- end::expand[]

-- Release 2 writes both columns for every new or changed customer.
INSERT INTO customer (id, name, full_name) VALUES (3, 'Alan Turing', 'Alan Turing');

-- tag::backfill[]
-- A background job copies the old rows, one short transaction per range of ids.
UPDATE customer SET full_name = name
 WHERE id > 0 AND id <= 1000 AND full_name IS NULL;
-- ... then id > 1000 AND id <= 2000, and so on, pausing between batches.
-- end::backfill[]

-- tag::contract[]
-- Release 3 reads full_name. Once no running version uses name, a later release removes it.
ALTER TABLE customer ALTER COLUMN full_name SET NOT NULL;
ALTER TABLE customer DROP COLUMN name;
-- end::contract[]
