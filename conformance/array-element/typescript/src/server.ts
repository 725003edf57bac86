import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const targets: string[] = ['localhost', host];
  // plumb-ok: command-injection
  exec('ping -c 1 ' + targets[0]);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + targets[1]);

  const names: string[] = ['MD5', 'SHA-256'];
  // plumb-expect: weak-hash
  createHash(names[0]).digest('hex');
  // plumb-ok: weak-hash
  createHash(names[1]).digest('hex');
  res.send('ok');
});

export default app;
