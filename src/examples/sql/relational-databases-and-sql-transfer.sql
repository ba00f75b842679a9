CREATE TABLE accounts (
  id      INTEGER       PRIMARY KEY,
  balance DECIMAL(10,2) NOT NULL CHECK (balance >= 0)
);

INSERT INTO accounts (id, balance) VALUES (1, 250.00), (2, 80.00);

-- tag::transfer[]
BEGIN;
UPDATE accounts SET balance = balance - 100 WHERE id = 1;
UPDATE accounts SET balance = balance + 100 WHERE id = 2;
COMMIT;
-- end::transfer[]
