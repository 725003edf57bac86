import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const targets = new Map<string, string>();
  targets.set('fallback', 'localhost');
  targets.set('requested', host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + targets.get('fallback'));
  // plumb-expect: command-injection
  exec('ping -c 1 ' + targets.get('requested'));

  const algorithms = new Map<string, string>();
  algorithms.set('legacy', 'MD5');
  algorithms.set('current', 'SHA-256');
  // plumb-expect: weak-hash
  createHash(algorithms.get('legacy')!).digest('hex');
  // plumb-ok: weak-hash
  createHash(algorithms.get('current')!).digest('hex');
  res.send('ok');
});

export default app;
