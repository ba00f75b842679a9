-- A table big enough for the planner to care: 20,000 orders from 1,000 customers.
CREATE TABLE orders (
  id          INTEGER       PRIMARY KEY,
  customer_id INTEGER       NOT NULL,
  total       DECIMAL(10,2) NOT NULL
);

INSERT INTO orders (id, customer_id, total)
SELECT x, MOD(x, 1000), MOD(x, 97) + 0.99 FROM SYSTEM_RANGE(1, 20000);

-- tag::index[]
CREATE INDEX orders_customer_idx ON orders (customer_id);
-- end::index[]

-- tag::explain[]
EXPLAIN ANALYZE
SELECT id, total FROM orders WHERE customer_id = 42;
-- end::explain[]
