const express = require('express');
const { exec: runShell } = require('child_process');
const { createHash: newHash } = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  runShell('ping -c 1 localhost');
  // plumb-expect: command-injection
  runShell('ping -c 1 ' + host);

  // plumb-expect: weak-hash
  newHash('MD5').digest('hex');
  // plumb-ok: weak-hash
  newHash('SHA-256').digest('hex');
  res.send('ok');
});

module.exports = app;
