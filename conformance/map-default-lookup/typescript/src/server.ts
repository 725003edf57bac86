import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const targets = new Map<string, string>();
  targets.set('requested', host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + (targets.get('missing') ?? 'localhost'));
  // plumb-expect: command-injection
  exec('ping -c 1 ' + (targets.get('requested') ?? 'localhost'));

  const algorithms = new Map<string, string>();
  algorithms.set('legacy', 'MD5');
  // plumb-expect: weak-hash
  createHash(algorithms.get('legacy') ?? 'SHA-256').digest('hex');
  // plumb-ok: weak-hash
  createHash(algorithms.get('unknown') ?? 'SHA-256').digest('hex');
  res.send('ok');
});

export default app;
