import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class FixedTarget:
    def host(self):
        return "localhost"


class RequestTarget:
    def __init__(self, host):
        self._host = host

    def host(self):
        return self._host


class LegacyPolicy:
    def algorithm(self):
        return "MD5"


class ModernPolicy:
    def algorithm(self):
        return "SHA-256"


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = FixedTarget()
    requested = RequestTarget(host)
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed.host())
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested.host())

    legacy = LegacyPolicy()
    modern = ModernPolicy()
    # plumb-expect: weak-hash
    hashlib.new(legacy.algorithm()).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(modern.algorithm()).hexdigest()
    return "ok"
