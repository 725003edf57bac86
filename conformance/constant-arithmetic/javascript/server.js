const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const count = req.query.count;
  const packets = 2 * 2;
  // plumb-ok: command-injection
  exec('ping -c ' + (packets + 1) + ' localhost');
  // plumb-expect: command-injection
  exec('ping -c ' + (packets + count) + ' localhost');

  const legacy = 'MD' + (2 + 3);
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const strong = 'SHA-' + 128 * 2;
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
