import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  let fixed = 'ping';
  for (const part of ['-c', '1', 'localhost']) {
    fixed = fixed + ' ' + part;
  }
  // plumb-ok: command-injection
  exec(fixed);
  let requested = 'ping';
  for (const part of ['-c', '1', host]) {
    requested = requested + ' ' + part;
  }
  // plumb-expect: command-injection
  exec(requested);

  let legacy = '';
  for (const part of ['MD', '5']) {
    legacy = legacy + part;
  }
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  let strong = '';
  for (const part of ['SHA-', '256']) {
    strong = strong + part;
  }
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
