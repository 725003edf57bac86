const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;

  function build(target) {
    return 'ping -c 1 ' + target;
  }

  function name(family, size) {
    return family + size;
  }

  // plumb-ok: command-injection
  exec(build('localhost'));
  // plumb-expect: command-injection
  exec(build(host));

  // plumb-expect: weak-hash
  crypto.createHash(name('MD', '5')).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(name('SHA-', '256')).digest('hex');
  res.send('ok');
});

module.exports = app;
