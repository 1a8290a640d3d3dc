// Cases in force per month, started and stopped, as one aggregate: a running sum of +1 in a case's
// start month and −1 in its stop month (the first month it is no longer in force), with moves
// before the range counted in its first month. Shared by the services' dashboards so the months
// mean the same everywhere.

/**
 * `scoped` is a SELECT of the division's cases started by the range's end, as (programme,
 * start_month, stop_month), months as 'YYYY-MM' text, stop_month null while in force. Parameters:
 * $1 from, $2 to (YYYY-MM), $4 the programmes to answer (text[]), besides the scoped query's own
 * (the division pattern is $3 by convention). Rows: programme, month, CASELOAD, STARTED, STOPPED.
 */
export function caseMonthsSql(scoped: string): string {
  // Cases sharing a programme, start and stop move together: a city's cases become a few thousand rows.
  return `WITH scoped AS (SELECT programme, start_month, stop_month, count(*) AS n FROM (${scoped}) AS c GROUP BY programme, start_month, stop_month),
  moves AS (
    SELECT programme, GREATEST(start_month, $1) AS month, n AS delta, CASE WHEN start_month >= $1 THEN n ELSE 0 END AS started, 0 AS stopped FROM scoped
    UNION ALL
    SELECT programme, GREATEST(stop_month, $1), -n, 0, CASE WHEN stop_month >= $1 THEN n ELSE 0 END FROM scoped WHERE stop_month IS NOT NULL AND stop_month <= $2),
  per_month AS (SELECT programme, month, sum(delta) AS delta, sum(started) AS started, sum(stopped) AS stopped FROM moves GROUP BY programme, month),
  months AS (SELECT to_char(d, 'YYYY-MM') AS month FROM generate_series(to_date($1, 'YYYY-MM'), to_date($2, 'YYYY-MM'), interval '1 month') d)
  SELECT p.programme, m.month,
    (sum(coalesce(a.delta, 0)) OVER (PARTITION BY p.programme ORDER BY m.month))::int AS "CASELOAD",
    coalesce(a.started, 0)::int AS "STARTED", coalesce(a.stopped, 0)::int AS "STOPPED"
  FROM unnest($4::text[]) AS p(programme) CROSS JOIN months m LEFT JOIN per_month a ON a.programme = p.programme AND a.month = m.month`;
}
