import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Command:
    def __init__(self, line):
        self._line = line

    def line(self):
        return self._line


class PingCommand(Command):
    def __init__(self, host):
        super().__init__("ping -c 1 " + host)


class Digest:
    def __init__(self, algorithm):
        self._algorithm = algorithm

    def algorithm(self):
        return self._algorithm


class LegacyDigest(Digest):
    def __init__(self):
        super().__init__("MD5")


class ModernDigest(Digest):
    def __init__(self):
        super().__init__("SHA-256")


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = PingCommand("localhost")
    requested = PingCommand(host)
    # plumb-ok: command-injection
    os.system(fixed.line())
    # plumb-expect: command-injection
    os.system(requested.line())

    legacy = LegacyDigest()
    modern = ModernDigest()
    # plumb-expect: weak-hash
    hashlib.new(legacy.algorithm()).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(modern.algorithm()).hexdigest()
    return "ok"
