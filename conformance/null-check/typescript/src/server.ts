import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string | undefined;
  let fixed: string | null = null;
  if (fixed === null) {
    fixed = 'localhost';
  }
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  let requested: string | undefined = host;
  if (requested === undefined) {
    requested = 'localhost';
  }
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  let legacy: string | null = null;
  if (legacy === null) {
    legacy = 'MD5';
  }
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  let strong: string | null = 'SHA-256';
  if (strong === null) {
    strong = 'MD5';
  }
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
