const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Job {
  command = '';
  algorithm = '';
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = new Job();
  fixed.command = 'ping -c 1 localhost';
  const requested = new Job();
  requested.command = 'ping -c 1 ' + host;
  // plumb-ok: command-injection
  exec(fixed.command);
  // plumb-expect: command-injection
  exec(requested.command);

  const legacy = new Job();
  legacy.algorithm = 'MD5';
  const strong = new Job();
  strong.algorithm = 'SHA-256';
  // plumb-expect: weak-hash
  crypto.createHash(legacy.algorithm).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong.algorithm).digest('hex');
  res.send('ok');
});

module.exports = app;
