const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', async (req, res) => {
  const host = req.query.host;
  const fixed = await Promise.resolve('localhost').then((h) => 'ping -c 1 ' + h);
  const requested = await Promise.resolve(host).then((h) => 'ping -c 1 ' + h);
  // plumb-ok: command-injection
  exec(fixed);
  // plumb-expect: command-injection
  exec(requested);

  const legacy = await Promise.resolve('MD').then((f) => f + '5');
  const strong = await Promise.resolve('SHA-').then((f) => f + '256');
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
