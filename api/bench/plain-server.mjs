// Baseline arm of S1: a plain Node.js HTTP server doing the same INSERT as submitAnswer,
// with no framework, no GraphQL, no session check and no correction.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// The bench drops its database at the end: a connection closed then is expected, not a crash.
pool.on('error', () => {});
const port = Number(process.env.PORT ?? 4200);

http
  .createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      try {
        const { attemptId, userId, elementId, idempotencyKey, response } = JSON.parse(body);
        const result = await pool.query(
          `INSERT INTO answers (attempt_id, user_id, element_id, skill_id, response, correct, idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
          [attemptId, userId, elementId, '@motDePasse2', JSON.stringify(response), true, idempotencyKey],
        );
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ stored: result.rowCount === 1 }));
      } catch (error) {
        res.writeHead(500);
        res.end(String(error));
      }
    });
  })
  .listen(port, '127.0.0.1');
