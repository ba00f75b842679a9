-- tag::report[]
SELECT c.name,
       COUNT(o.id)               AS orders,
       COALESCE(SUM(o.total), 0) AS spent
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.name
ORDER BY spent DESC, c.name
-- end::report[]
