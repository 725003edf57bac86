const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  for (const fixed of new Set(['localhost', '127.0.0.1'])) {
    // plumb-ok: command-injection
    exec('ping -c 1 ' + fixed);
  }
  for (const target of new Set([host])) {
    // plumb-expect: command-injection
    exec('ping -c 1 ' + target);
  }

  for (const legacy of new Set(['MD5'])) {
    // plumb-expect: weak-hash
    crypto.createHash(legacy).digest('hex');
  }
  for (const strong of new Set(['SHA-256', 'SHA-512'])) {
    // plumb-ok: weak-hash
    crypto.createHash(strong).digest('hex');
  }
  res.send('ok');
});

module.exports = app;
