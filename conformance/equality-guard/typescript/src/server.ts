import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const algorithm = req.query.algorithm as string;
  if (host === 'localhost') {
    // plumb-ok: command-injection
    exec('ping -c 1 ' + host);
  }
  if (host) {
    // plumb-expect: command-injection
    exec('ping -c 1 ' + host);
  }

  if (algorithm === 'MD5') {
    // plumb-expect: weak-hash
    createHash(algorithm).digest('hex');
  }
  if (algorithm === 'SHA-256') {
    // plumb-ok: weak-hash
    createHash(algorithm).digest('hex');
  }
  res.send('ok');
});

export default app;
