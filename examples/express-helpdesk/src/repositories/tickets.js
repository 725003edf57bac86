const { pool } = require('../db');

// ORDER BY cannot be bound as a parameter, so the sort key picks one of these.
const SORT_ORDERS = new Map([
  ['newest', 'created_at DESC'],
  ['oldest', 'created_at ASC'],
  ['priority', 'priority DESC, created_at DESC'],
]);

async function findById(id) {
  // plumb-ok: sql-injection
  const { rows } = await pool.query('SELECT * FROM tickets WHERE id = $1', [id]);
  return rows[0];
}

async function search(term, sort) {
  const orderBy = SORT_ORDERS.get(sort) ?? SORT_ORDERS.get('newest');
  // plumb-ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, subject, status, priority, created_at FROM tickets
      WHERE subject ILIKE $1 OR requester_email ILIKE $1
      ORDER BY ${orderBy} LIMIT 50`,
    [`%${term}%`],
  );
  return rows;
}

// The queue view filters by a comma-separated list: ?status=open,pending
async function inStatuses(statusList) {
  const quoted = statusList
    .split(',')
    .map((status) => `'${status.trim()}'`)
    .join(', ');
  // plumb-expect: sql-injection
  const { rows } = await pool.query(`SELECT id, subject, status FROM tickets WHERE status IN (${quoted}) ORDER BY created_at`);
  return rows;
}

async function countForAgent(agentId) {
  const id = Number.parseInt(agentId, 10);
  if (Number.isNaN(id)) {
    return 0;
  }
  // plumb-ok: sql-injection
  const { rows } = await pool.query(`SELECT count(*) AS open FROM tickets WHERE assignee_id = ${id} AND status <> 'closed'`);
  return Number(rows[0].open);
}

async function addReply(ticketId, agentId, body) {
  const { rows } = await pool.query(
    'INSERT INTO replies (ticket_id, agent_id, body) VALUES ($1, $2, $3) RETURNING id',
    [ticketId, agentId, body],
  );
  return rows[0].id;
}

module.exports = { findById, search, inStatuses, countForAgent, addReply };
