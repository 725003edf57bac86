const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const hosts = req.query.hosts;
  const template = 'ping -c 1 HOST';
  // plumb-expect: command-injection
  exec(template.replace('HOST', host));
  // plumb-ok: command-injection
  exec(template.replace('HOST', 'localhost'));
  const spaced = hosts.replaceAll(',', ' ');
  // plumb-expect: command-injection
  exec('ping -c 1 ' + spaced);

  const legacy = 'MD-5'.replace('-', '');
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const strong = 'SHA_256'.replace('_', '-');
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
