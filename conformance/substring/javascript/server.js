const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const shortHost = host.slice(0, 64);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + shortHost);
  const fixed = 'localhost:8080'.slice(0, 9);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);

  const legacy = 'MD5-legacy'.substring(0, 3);
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const strong = 'SHA-256-current'.substring(0, 7);
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
