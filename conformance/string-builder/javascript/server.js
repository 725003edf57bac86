const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const command = ['ping'];
  command.push('-c 1');
  command.push(host);
  // plumb-expect: command-injection
  exec(command.join(' '));
  const fixed = ['ping'];
  fixed.push('-c 1', 'localhost');
  // plumb-ok: command-injection
  exec(fixed.join(' '));

  const legacy = [];
  legacy.push('MD');
  legacy.push(String(5));
  // plumb-expect: weak-hash
  crypto.createHash(legacy.join('')).digest('hex');
  const strong = ['SHA'];
  strong.push('-');
  strong.push(String(256));
  // plumb-ok: weak-hash
  crypto.createHash(strong.join('')).digest('hex');
  res.send('ok');
});

module.exports = app;
