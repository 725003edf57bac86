const { Pool } = require('pg');

// Connection settings come from PGHOST, PGUSER, PGPASSWORD, ... or DATABASE_URL.
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PG_POOL_SIZE || 10),
});

module.exports = { pool };
