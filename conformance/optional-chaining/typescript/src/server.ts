import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

interface Target {
  target?: { host?: string };
}

interface Settings {
  digest?: { algorithm: string };
  fallback?: { algorithm: string };
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const fixed: Target = { target: { host: 'localhost' } };
  const requested: Target = { target: { host: req.query?.host as string } };
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed?.target?.host);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested?.target?.host);

  const settings: Settings = { digest: { algorithm: 'MD5' } };
  // plumb-expect: weak-hash
  createHash(settings.digest?.algorithm ?? 'SHA-256').digest('hex');
  // plumb-ok: weak-hash
  createHash(settings.fallback?.algorithm ?? 'SHA-256').digest('hex');
  res.send('ok');
});

export default app;
