import express, { Request, Response } from 'express';
import { exec as runShell } from 'child_process';
import { createHash as newHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  runShell('ping -c 1 localhost');
  // plumb-expect: command-injection
  runShell('ping -c 1 ' + host);

  // plumb-expect: weak-hash
  newHash('MD5').digest('hex');
  // plumb-ok: weak-hash
  newHash('SHA-256').digest('hex');
  res.send('ok');
});

export default app;
