import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const DEFAULT_HOST: string = 'localhost';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed: string = DEFAULT_HOST || host;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  const requested: string = host || DEFAULT_HOST;
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  const configured: string = '';
  const legacy: string = configured || 'MD5';
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const preferred: string = 'SHA-256';
  const strong: string = preferred || 'MD5';
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
