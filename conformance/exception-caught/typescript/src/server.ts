import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class Rejected extends Error {
  constructor(readonly value: string) {
    super('rejected');
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  try {
    throw new Rejected('localhost');
  } catch (e) {
    // plumb-ok: command-injection
    exec('ping -c 1 ' + (e as Rejected).value);
  }
  try {
    throw new Rejected(host);
  } catch (e) {
    // plumb-expect: command-injection
    exec('ping -c 1 ' + (e as Rejected).value);
  }

  try {
    throw new Rejected('MD5');
  } catch (e) {
    // plumb-expect: weak-hash
    createHash((e as Rejected).value).digest('hex');
  }
  try {
    throw new Rejected('SHA-256');
  } catch (e) {
    // plumb-ok: weak-hash
    createHash((e as Rejected).value).digest('hex');
  }
  res.send('ok');
});

export default app;
