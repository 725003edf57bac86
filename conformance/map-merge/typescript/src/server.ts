import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const defaults = { fallback: 'localhost' };
  const targets = { ...defaults, ...{ requested: host } };
  // plumb-ok: command-injection
  exec('ping -c 1 ' + targets.fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + targets.requested);

  const base = { legacy: 'MD5', current: 'SHA-1' };
  const algorithms = { ...base, ...{ current: 'SHA-256' } };
  // plumb-expect: weak-hash
  createHash(algorithms.legacy).digest('hex');
  // plumb-ok: weak-hash
  createHash(algorithms.current).digest('hex');
  res.send('ok');
});

export default app;
