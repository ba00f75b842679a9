-- tag::report[]
SELECT c.id,
       c.name,
       COUNT(o.id)               AS orders,
       COALESCE(SUM(o.total), 0) AS spent
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY spent DESC, c.name, c.id
-- end::report[]
