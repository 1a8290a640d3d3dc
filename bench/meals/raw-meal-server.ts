// The raw anchor of bench/meals: a bare node:http server in its own process that takes the same
// POST /api/v1/meals bodies and does one plain INSERT per request through pg into raw_meal, a table
// like meal (LIKE meal INCLUDING ALL: same columns, defaults, checks and indexes), in the canteen
// service's own database. No framework, no token, no validation, no duplicate guard, no policy,
// no outbox or audit: what the platform's path costs over this is its share.
// Run by bench/meals (PORT, DB_NAME, DB_POOL_SIZE as the service's); prints "ready" when it listens.
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { databaseConfigFromEnv } from '../../libs/common/src/database/database.config';

const config = databaseConfigFromEnv('canteen');
const pool = new Pool({ host: config.host, port: config.port, user: config.user, password: config.password, database: config.database, max: config.poolSize });

// The meal row from the body's fields alone: the card number stands for the diner (no look-up),
// the day is the served-at's day in Beijing, every meal at full price (no rule decides).
const INSERT = `INSERT INTO raw_meal (canteen_id, diner_id, resident_id, slot, meal_date, served_at, tier, subsidised, subsidy_fen, recorded_by)
  VALUES ($1, md5($2)::uuid, lpad(substr($2, 3), 18, '0'), $3, ($4::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, $4, 'NONE', false, 0, 'bench')
  RETURNING id, created_at`;

interface MealBody {
  canteenId: string;
  cardNumber: string;
  slot: string;
  servedAt: string;
}

async function main(): Promise<void> {
  await pool.query(`CREATE TABLE IF NOT EXISTS raw_meal (LIKE meal INCLUDING ALL)`);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as MealBody;
      pool.query(INSERT, [body.canteenId, body.cardNumber, body.slot, body.servedAt]).then(
        ({ rows: [row] }) => {
          const json = JSON.stringify({ id: row.id, ...body, subsidised: false, subsidyFen: 0, createdAt: row.created_at });
          res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) }).end(json);
        },
        (err: Error) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(err.message),
      );
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
  process.once('SIGTERM', () => void pool.end().finally(() => process.exit(0)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
