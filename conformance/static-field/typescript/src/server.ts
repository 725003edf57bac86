import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class Settings {
  static readonly DEFAULT_HOST = 'localhost';
  static readonly LEGACY_ALGORITHM = 'MD5';
  static readonly CURRENT_ALGORITHM = 'SHA-256';
  static lastHost: string = Settings.DEFAULT_HOST;
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + Settings.DEFAULT_HOST);
  Settings.lastHost = host;
  // plumb-expect: command-injection
  exec('ping -c 1 ' + Settings.lastHost);

  // plumb-expect: weak-hash
  createHash(Settings.LEGACY_ALGORITHM).digest('hex');
  // plumb-ok: weak-hash
  createHash(Settings.CURRENT_ALGORITHM).digest('hex');
  res.send('ok');
});

export default app;
