import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const LEGACY_CLIENTS: boolean = true;

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed: string = !host ? 'localhost' : '127.0.0.1';
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  const requested: string = !host ? 'localhost' : host;
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  const legacy: string = LEGACY_CLIENTS ? 'MD5' : 'SHA-256';
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const strong: string = LEGACY_CLIENTS ? 'SHA-256' : 'MD5';
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
