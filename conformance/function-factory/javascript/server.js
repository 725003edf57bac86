const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

function prefixer(prefix) {
  return (value) => prefix + value;
}

function fixed(value) {
  return () => value;
}

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const pingCommand = prefixer('ping -c 1 ');
  // plumb-ok: command-injection
  exec(pingCommand('localhost'));
  // plumb-expect: command-injection
  exec(pingCommand(host));

  const legacy = fixed('MD5');
  const strong = fixed('SHA-256');
  // plumb-expect: weak-hash
  crypto.createHash(legacy()).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong()).digest('hex');
  res.send('ok');
});

module.exports = app;
