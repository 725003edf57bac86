import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

interface Targets {
  fallback: string;
  requested: string;
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const targets: Targets = { fallback: 'localhost', requested: host };
  // plumb-ok: command-injection
  exec('ping -c 1 ' + targets.fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + targets.requested);

  const algorithms: Record<string, string> = { legacy: 'MD5', current: 'SHA-256' };
  // plumb-expect: weak-hash
  createHash(algorithms.legacy).digest('hex');
  // plumb-ok: weak-hash
  createHash(algorithms.current).digest('hex');
  res.send('ok');
});

export default app;
