import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';
import * as defaults from './defaults';
import { LEGACY_ALGORITHM } from './defaults';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + defaults.HOST);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + host);

  // plumb-expect: weak-hash
  createHash(LEGACY_ALGORITHM).digest('hex');
  // plumb-ok: weak-hash
  createHash(defaults.CURRENT_ALGORITHM).digest('hex');
  res.send('ok');
});

export default app;
