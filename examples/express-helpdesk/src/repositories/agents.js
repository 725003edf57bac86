const { pool } = require('../db');

async function findByEmail(email) {
  const sql = 'SELECT id, email, display_name, password_hash, legacy_md5 FROM agents WHERE email = $1';
  const { rows } = await pool.query(sql, [email.toLowerCase()]);
  return rows[0];
}

async function findBySession(sessionId) {
  const sql = `SELECT a.id, a.email, a.display_name, a.is_admin FROM sessions s JOIN agents a ON a.id = s.agent_id
                WHERE s.id = $1 AND s.expires_at > now()`;
  const { rows } = await pool.query(sql, [sessionId]);
  return rows[0];
}

const createSession = (sessionId, agentId) =>
  pool.query("INSERT INTO sessions (id, agent_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')", [sessionId, agentId]);

const deleteSession = (sessionId) => pool.query('DELETE FROM sessions WHERE id = $1', [sessionId]);

const savePasswordHash = (agentId, hash) =>
  pool.query('UPDATE agents SET password_hash = $2, legacy_md5 = NULL WHERE id = $1', [agentId, hash]);

const saveResetCode = (agentId, code) =>
  pool.query("UPDATE agents SET reset_code = $2, reset_expires_at = now() + interval '15 minutes' WHERE id = $1", [agentId, code]);

module.exports = { findByEmail, findBySession, createSession, deleteSession, savePasswordHash, saveResetCode };
