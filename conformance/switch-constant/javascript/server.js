const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const statusMode = 'status';
  let fixed;
  switch (statusMode) {
    case 'ping':
      fixed = 'ping -c 1 ' + host;
      break;
    case 'status':
      fixed = 'uptime';
      break;
    default:
      throw new Error(statusMode);
  }
  // plumb-ok: command-injection
  exec(fixed);
  const pingMode = 'ping';
  let requested;
  switch (pingMode) {
    case 'ping':
      requested = 'ping -c 1 ' + host;
      break;
    case 'status':
      requested = 'uptime';
      break;
    default:
      throw new Error(pingMode);
  }
  // plumb-expect: command-injection
  exec(requested);

  const level = 'legacy';
  let legacy;
  switch (level) {
    case 'legacy':
      legacy = 'MD5';
      break;
    case 'modern':
      legacy = 'SHA-256';
      break;
    default:
      throw new Error(level);
  }
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const modernLevel = 'modern';
  let strong;
  switch (modernLevel) {
    case 'legacy':
      strong = 'MD5';
      break;
    case 'modern':
      strong = 'SHA-256';
      break;
    default:
      throw new Error(modernLevel);
  }
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
