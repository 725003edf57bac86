import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class Command {
  constructor(private readonly commandLine: string) {}

  line(): string {
    return this.commandLine;
  }
}

class PingCommand extends Command {
  constructor(host: string) {
    super('ping -c 1 ' + host);
  }
}

class Digest {
  constructor(private readonly name: string) {}

  algorithm(): string {
    return this.name;
  }
}

class LegacyDigest extends Digest {
  constructor() {
    super('MD5');
  }
}

class ModernDigest extends Digest {
  constructor() {
    super('SHA-256');
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed: Command = new PingCommand('localhost');
  const requested: Command = new PingCommand(host);
  // plumb-ok: command-injection
  exec(fixed.line());
  // plumb-expect: command-injection
  exec(requested.line());

  const legacy: Digest = new LegacyDigest();
  const modern: Digest = new ModernDigest();
  // plumb-expect: weak-hash
  createHash(legacy.algorithm()).digest('hex');
  // plumb-ok: weak-hash
  createHash(modern.algorithm()).digest('hex');
  res.send('ok');
});

export default app;
