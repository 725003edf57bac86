import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const shortHost: string = host.slice(0, 64);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + shortHost);
  const fixed: string = 'localhost:8080'.slice(0, 9);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);

  const legacy: string = 'MD5-legacy'.substring(0, 3);
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const strong: string = 'SHA-256-current'.substring(0, 7);
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
