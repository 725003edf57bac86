import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class Command {
  line(host: string): string {
    return 'uptime';
  }
}

class PingCommand extends Command {
  override line(host: string): string {
    return 'ping -c 1 ' + host;
  }
}

class Hasher {
  algorithm(): string {
    return 'SHA-256';
  }
}

class LegacyHasher extends Hasher {
  override algorithm(): string {
    return 'MD5';
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const plain: Command = new Command();
  const pinger: Command = new PingCommand();
  // plumb-ok: command-injection
  exec(plain.line(host));
  // plumb-expect: command-injection
  exec(pinger.line(host));

  const legacy: Hasher = new LegacyHasher();
  const strong: Hasher = new Hasher();
  // plumb-expect: weak-hash
  createHash(legacy.algorithm()).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong.algorithm()).digest('hex');
  res.send('ok');
});

export default app;
