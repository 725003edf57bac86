const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

function* commands(target) {
  yield 'ping -c 1 ' + target;
}

function* names(first, second) {
  yield first + second;
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  for (const fixed of commands('localhost')) {
    // plumb-ok: command-injection
    exec(fixed);
  }
  for (const requested of commands(host)) {
    // plumb-expect: command-injection
    exec(requested);
  }

  for (const legacy of names('MD', '5')) {
    // plumb-expect: weak-hash
    crypto.createHash(legacy).digest('hex');
  }
  for (const strong of names('SHA-', '256')) {
    // plumb-ok: weak-hash
    crypto.createHash(strong).digest('hex');
  }
  res.send('ok');
});

module.exports = app;
