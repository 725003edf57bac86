const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  let fixed = 'ping';
  for (const part of ['-c', '1', 'localhost']) {
    fixed = fixed + ' ' + part;
  }
  // plumb-ok: command-injection
  exec(fixed);
  let requested = 'ping';
  for (const part of ['-c', '1', host]) {
    requested = requested + ' ' + part;
  }
  // plumb-expect: command-injection
  exec(requested);

  let legacy = '';
  for (const part of ['MD', '5']) {
    legacy = legacy + part;
  }
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  let strong = '';
  for (const part of ['SHA-', '256']) {
    strong = strong + part;
  }
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
