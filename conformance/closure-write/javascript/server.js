const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  let target = 'localhost';
  let algorithm = 'SHA-256';

  const useRequest = () => {
    target = host;
  };

  const useLegacy = () => {
    algorithm = 'MD5';
  };

  // plumb-ok: command-injection
  exec('ping -c 1 ' + target);
  useRequest();
  // plumb-expect: command-injection
  exec('ping -c 1 ' + target);

  // plumb-ok: weak-hash
  crypto.createHash(algorithm).digest('hex');
  useLegacy();
  // plumb-expect: weak-hash
  crypto.createHash(algorithm).digest('hex');
  res.send('ok');
});

module.exports = app;
