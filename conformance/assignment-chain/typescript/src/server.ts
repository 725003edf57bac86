import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const first: string = host;
  let second: string = first;
  // plumb-expect: command-injection
  exec('ping -c 1 ' + second);
  second = 'localhost';
  // plumb-ok: command-injection
  exec('ping -c 1 ' + second);

  const algorithm = 'MD5';
  let chosen: string = algorithm;
  // plumb-expect: weak-hash
  createHash(chosen).digest('hex');
  chosen = 'SHA-256';
  // plumb-ok: weak-hash
  createHash(chosen).digest('hex');
  res.send('ok');
});

export default app;
