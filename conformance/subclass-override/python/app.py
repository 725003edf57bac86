import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Command:
    def line(self, host):
        return "uptime"


class PingCommand(Command):
    def line(self, host):
        return "ping -c 1 " + host


class Hasher:
    def algorithm(self):
        return "SHA-256"


class LegacyHasher(Hasher):
    def algorithm(self):
        return "MD5"


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    plain: Command = Command()
    pinger: Command = PingCommand()
    # plumb-ok: command-injection
    os.system(plain.line(host))
    # plumb-expect: command-injection
    os.system(pinger.line(host))

    legacy: Hasher = LegacyHasher()
    strong: Hasher = Hasher()
    # plumb-expect: weak-hash
    hashlib.new(legacy.algorithm()).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(strong.algorithm()).hexdigest()
    return "ok"
