const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const targets = [];
  targets.push('localhost');
  targets.push(host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + targets[0]);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + targets[1]);

  const names = [];
  names.push('MD5');
  names.push('SHA-256');
  // plumb-expect: weak-hash
  crypto.createHash(names[0]).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(names[1]).digest('hex');
  res.send('ok');
});

module.exports = app;
