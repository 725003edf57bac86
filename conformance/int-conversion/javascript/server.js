const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const count = req.query.count;
  const packets = parseInt(count, 10);
  // plumb-ok: command-injection
  exec('ping -c ' + packets + ' localhost');
  // plumb-expect: command-injection
  exec('ping -c ' + count + ' localhost');

  const legacy = 'MD' + parseInt('5', 10);
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const strong = 'SHA-' + parseInt('256', 10);
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
