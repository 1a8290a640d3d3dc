// The statements of one meal batch (see MealRecorder). Each takes arrays, so that a batch of any
// size costs the same number of round trips.

// Resident IDs are char(18) columns: they are compared with char(18)[] parameters, since a text[]
// would make PostgreSQL cast the column and scan the whole table instead of using its index.

/**
 * Diners by card or resident ID with their death and 低保/特困 coverage; earlier meals by
 * idempotency key; and which of the requested (person, day, slot) already hold a valid subsidised
 * meal. $4..$7 are the requests: card or null, resident ID or null, meal date, slot.
 */
export const LOOK_UP = `
WITH d AS (
  SELECT d.id, d.resident_id, d.card_number, d.active, d.local_registration, dr.date_of_death
  FROM diner d LEFT JOIN deceased_resident dr ON dr.resident_id = d.resident_id
  WHERE d.card_number = ANY($1::text[]) OR d.resident_id = ANY($2::char(18)[])
), req AS (
  SELECT DISTINCT coalesce(byCard.resident_id, byId.resident_id) AS resident_id, t.dt, t.s
  FROM unnest($4::text[], $5::char(18)[], $6::date[], $7::text[]) AS t(c, r, dt, s)
  LEFT JOIN d AS byCard ON byCard.card_number = t.c
  LEFT JOIN d AS byId ON byId.resident_id = t.r
)
SELECT
  (SELECT coalesce(json_agg(json_build_object(
      'id', d.id, 'residentId', d.resident_id, 'cardNumber', d.card_number, 'active', d.active,
      'localRegistration', d.local_registration, 'died', d.date_of_death,
      'periods', (SELECT coalesce(json_agg(json_build_object('fromMonth', a.from_month, 'stopFromMonth', a.stop_from_month)), '[]'::json)
                  FROM assistance_enrollment a WHERE a.resident_id = d.resident_id))), '[]'::json)
   FROM d) AS diners,
  (SELECT coalesce(json_agg(json_build_object(
      'id', m.id, 'canteenId', m.canteen_id, 'dinerId', m.diner_id, 'residentId', m.resident_id, 'slot', m.slot,
      'mealDate', m.meal_date, 'servedAt', m.served_at, 'tier', m.tier, 'subsidised', m.subsidised, 'subsidyFen', m.subsidy_fen,
      'fullPriceReason', m.full_price_reason, 'status', m.status, 'voidReason', m.void_reason, 'idempotencyKey', m.idempotency_key,
      'recordedBy', m.recorded_by, 'createdAt', m.created_at)), '[]'::json)
   FROM meal m WHERE m.idempotency_key = ANY($3::text[])) AS earlier,
  (SELECT coalesce(json_agg(DISTINCT m.resident_id || ':' || m.meal_date::text || ':' || m.slot), '[]'::json)
   FROM meal m JOIN req ON m.resident_id = req.resident_id AND m.meal_date = req.dt AND m.slot = req.s
   WHERE m.subsidised AND m.status = 'VALID') AS taken`;

/** Why rows were not inserted: approved months among $1, meals already stored under the keys $2. */
export const EXPLAIN_CLASHES = `
SELECT
  (SELECT coalesce(json_agg(s.canteen_id::text || ':' || s.month), '[]'::json)
   FROM settlement s WHERE s.status = 'APPROVED' AND (s.canteen_id::text || ':' || s.month) = ANY($1::text[])) AS closed,
  (SELECT coalesce(json_agg(json_build_object(
      'id', m.id, 'canteenId', m.canteen_id, 'dinerId', m.diner_id, 'residentId', m.resident_id, 'slot', m.slot,
      'mealDate', m.meal_date, 'servedAt', m.served_at, 'tier', m.tier, 'subsidised', m.subsidised, 'subsidyFen', m.subsidy_fen,
      'fullPriceReason', m.full_price_reason, 'status', m.status, 'voidReason', m.void_reason, 'idempotencyKey', m.idempotency_key,
      'recordedBy', m.recorded_by, 'createdAt', m.created_at)), '[]'::json)
   FROM meal m WHERE m.idempotency_key = ANY($2::text[])) AS earlier`;

/** The person-day locks, exclusive, when a daily cap is in force: the cap is counted under them. Sorted by the caller. */
export const LOCK_DAYS = `SELECT count(pg_advisory_xact_lock(hashtext(k))::text) AS n FROM unnest($1::text[]) AS k`;

/** Under the person-day locks: valid subsidised meals per person-day ($1 resident IDs, $2 dates). */
export const DAY_COUNTS = `
SELECT coalesce(json_object_agg(x.k, x.n), '{}'::json) AS day_counts FROM (
  SELECT m.resident_id || ':' || m.meal_date::text AS k, count(*) AS n
  FROM meal m JOIN unnest($1::char(18)[], $2::date[]) AS t(r, d) ON m.resident_id = t.r AND m.meal_date = t.d
  WHERE m.subsidised AND m.status = 'VALID' GROUP BY 1) AS x`;

/**
 * The meals and their audit entries in one statement, atomic without a transaction. A meal whose
 * canteen month is approved is not inserted: the settlement rows of the batch's months ($18,
 * 'canteenId:YYYY-MM') are locked FOR SHARE, so an approval in progress (which holds its row FOR
 * UPDATE) is waited for and its outcome seen, and an approval that starts later waits for this
 * statement, whose meals its claim then includes. ON CONFLICT DO NOTHING: a row whose slot subsidy
 * or idempotency key is taken is not returned either, and the caller finds out why.
 */
export const INSERT = `
WITH input AS (
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::date[], $7::timestamptz[], $8::text[],
                       $9::bool[], $10::int[], $11::text[], $12::text[], $13::text[])
    AS t(id, canteen_id, diner_id, resident_id, slot, meal_date, served_at, tier, subsidised, subsidy_fen, full_price_reason, idempotency_key, recorded_by)
), locked AS MATERIALIZED (
  SELECT s.canteen_id, s.month, s.status FROM settlement s
  WHERE (s.canteen_id::text || ':' || s.month) = ANY($18::text[])
  FOR SHARE
), ins AS (
  INSERT INTO meal (id, canteen_id, diner_id, resident_id, slot, meal_date, served_at, tier, subsidised, subsidy_fen, full_price_reason, status, idempotency_key, recorded_by)
  SELECT id, canteen_id, diner_id, resident_id, slot, meal_date, served_at, tier, subsidised, subsidy_fen, full_price_reason, 'VALID', idempotency_key, recorded_by
  FROM input i
  WHERE NOT EXISTS (SELECT 1 FROM locked l WHERE l.canteen_id = i.canteen_id AND l.month = to_char(i.meal_date, 'YYYY-MM') AND l.status = 'APPROVED')
  ON CONFLICT DO NOTHING
  RETURNING id, canteen_id, diner_id, slot, meal_date, tier, subsidised, subsidy_fen, full_price_reason, created_at
), audit AS (
  INSERT INTO audit_log (actor, actor_roles, actor_division, action, entity_type, entity_id, after, correlation_id)
  SELECT a.actor, string_to_array(a.roles, ','), a.division, 'meal.recorded', 'meal', ins.id::text,
         jsonb_build_object('canteenId', ins.canteen_id, 'dinerId', ins.diner_id, 'slot', ins.slot, 'mealDate', ins.meal_date, 'tier', ins.tier,
                            'subsidised', ins.subsidised, 'subsidyFen', ins.subsidy_fen, 'fullPriceReason', ins.full_price_reason),
         a.correlation_id
  FROM ins JOIN unnest($1::uuid[], $14::text[], $15::text[], $16::text[], $17::text[]) AS a(id, actor, roles, division, correlation_id) ON a.id = ins.id
)
SELECT id, created_at FROM ins`;
