import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const DEBUG: boolean = false;
const TRUST_REQUEST: boolean = true;
const LEGACY_CLIENTS: boolean = true;
const ALLOW_LEGACY: boolean = false;

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  let fixed: string = 'localhost';
  if (DEBUG) {
    fixed = host;
  }
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  let requested: string = 'localhost';
  if (TRUST_REQUEST) {
    requested = host;
  }
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  let legacy: string = 'SHA-256';
  if (LEGACY_CLIENTS) {
    legacy = 'MD5';
  }
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  let strong: string = 'SHA-256';
  if (ALLOW_LEGACY) {
    strong = 'MD5';
  }
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
