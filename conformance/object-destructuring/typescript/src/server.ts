import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

interface Algorithms {
  legacy: string;
  current: string;
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const { host } = req.query as { host: string };
  const targets = { fallback: 'localhost', requested: host };
  const { fallback } = targets;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + host);

  const algorithms: Algorithms = { legacy: 'MD5', current: 'SHA-256' };
  const { legacy: weak, current: strong } = algorithms;
  // plumb-expect: weak-hash
  createHash(weak).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
