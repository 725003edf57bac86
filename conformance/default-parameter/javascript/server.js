const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

function command(target = 'localhost') {
  return 'ping -c 1 ' + target;
}

function algorithm(name = 'SHA-256') {
  return name;
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec(command());
  // plumb-expect: command-injection
  exec(command(host));

  // plumb-expect: weak-hash
  crypto.createHash(algorithm('MD5')).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(algorithm()).digest('hex');
  res.send('ok');
});

module.exports = app;
