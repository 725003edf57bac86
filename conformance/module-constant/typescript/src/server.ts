import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const DEFAULT_HOST = 'localhost';
const FAMILY = 'MD';
const LEGACY: string = FAMILY + '5';
const CURRENT: string = 'SHA-' + String(256);

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + DEFAULT_HOST);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + host);

  // plumb-expect: weak-hash
  createHash(LEGACY).digest('hex');
  // plumb-ok: weak-hash
  createHash(CURRENT).digest('hex');
  res.send('ok');
});

export default app;
