const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const cleaned = host.trim().toLowerCase();
  // plumb-expect: command-injection
  exec('ping -c 1 ' + cleaned);
  const fixed = '  LOCALHOST '.trim().toLowerCase();
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);

  const legacy = ' md5 '.trim().toUpperCase();
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const strong = ' sha-256 '.trim().toUpperCase();
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
