const express = require('express');
const util = require('util');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const command = util.format('ping -c 1 %s', host);
  // plumb-expect: command-injection
  exec(command);
  const fixed = util.format('ping -c %d %s', 1, 'localhost');
  // plumb-ok: command-injection
  exec(fixed);

  const legacy = util.format('%s%d', 'MD', 5);
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const strong = util.format('SHA-%d', 256);
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
