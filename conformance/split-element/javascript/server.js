const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const hosts = req.query.hosts;
  const first = hosts.split(',')[0];
  // plumb-expect: command-injection
  exec('ping -c 1 ' + first);
  const fixed = 'localhost,127.0.0.1'.split(',')[1];
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);

  const names = 'MD5,SHA-256'.split(',');
  // plumb-expect: weak-hash
  crypto.createHash(names[0]).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(names[1]).digest('hex');
  res.send('ok');
});

module.exports = app;
