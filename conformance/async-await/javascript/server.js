const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

async function resolve(value) {
  return value;
}

const app = express();

app.get('/ping', async (req, res) => {
  const host = req.query.host;
  const fixed = await resolve('localhost');
  const requested = await resolve(host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  const legacy = await resolve('MD5');
  const strong = await resolve('SHA-256');
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
