const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  let command = 'ping -c 1 ';
  command += host;
  // plumb-expect: command-injection
  exec(command);
  let fixed = 'ping -c 1 ';
  fixed += 'localhost';
  // plumb-ok: command-injection
  exec(fixed);

  const family = 'MD';
  const legacy = family + '5';
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const strong = 'SHA-' + '256';
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
