const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const command = `ping -c 1 ${host}`;
  // plumb-expect: command-injection
  exec(command);
  const target = 'localhost';
  const fixed = `ping -c 1 ${target}`;
  // plumb-ok: command-injection
  exec(fixed);

  const family = 'MD';
  const legacy = `${family}5`;
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const strong = `SHA-${256}`;
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
