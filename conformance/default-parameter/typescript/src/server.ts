import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

function command(target: string = 'localhost'): string {
  return 'ping -c 1 ' + target;
}

function algorithm(name: string = 'SHA-256'): string {
  return name;
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec(command());
  // plumb-expect: command-injection
  exec(command(host));

  // plumb-expect: weak-hash
  createHash(algorithm('MD5')).digest('hex');
  // plumb-ok: weak-hash
  createHash(algorithm()).digest('hex');
  res.send('ok');
});

export default app;
