import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

enum Tool {
  Uptime = 'uptime',
  Ping = 'ping -c 1 ',
}

enum Algorithm {
  Legacy = 'MD5',
  Current = 'SHA-256',
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec(Tool.Uptime);
  // plumb-expect: command-injection
  exec(Tool.Ping + host);

  // plumb-expect: weak-hash
  createHash(Algorithm.Legacy).digest('hex');
  // plumb-ok: weak-hash
  createHash(Algorithm.Current).digest('hex');
  res.send('ok');
});

export default app;
