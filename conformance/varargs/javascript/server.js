const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

function first(...values) {
  return values[0];
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + first('localhost', host));
  // plumb-expect: command-injection
  exec('ping -c 1 ' + first(host, 'localhost'));

  // plumb-expect: weak-hash
  crypto.createHash(first('MD5', 'SHA-256')).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(first('SHA-256', 'MD5')).digest('hex');
  res.send('ok');
});

module.exports = app;
