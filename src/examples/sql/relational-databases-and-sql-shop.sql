-- The shop's tables, used by the page on relational databases and SQL.
-- tag::create[]
CREATE TABLE customers (
  id      INTEGER      PRIMARY KEY,
  name    VARCHAR(100) NOT NULL,
  email   VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE orders (
  id          INTEGER       PRIMARY KEY,
  customer_id INTEGER       NOT NULL REFERENCES customers (id),
  placed_on   DATE          NOT NULL,
  total       DECIMAL(10,2) NOT NULL CHECK (total >= 0)
);
-- end::create[]

-- tag::insert[]
INSERT INTO customers (id, name, email) VALUES
  (1, 'Ada',   'ada@example.org'),
  (2, 'Grace', 'grace@example.org'),
  (3, 'Linus', 'linus@example.org');

INSERT INTO orders (id, customer_id, placed_on, total) VALUES
  (10, 1, DATE '2026-03-01', 19.90),
  (11, 1, DATE '2026-03-15', 42.00),
  (12, 2, DATE '2026-03-16',  7.50);
-- end::insert[]

-- tag::update-delete[]
UPDATE orders SET total = 40.00 WHERE id = 11;

DELETE FROM orders WHERE id = 12;
-- end::update-delete[]
