import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Pinger:
    def line(self, host):
        return "ping -c 1 " + host

    def algorithm(self):
        return "MD5"


class QuietPinger(Pinger):
    def line(self, host):
        return super().line(host) + " -q"

    def algorithm(self):
        return super().algorithm()


class ModernPinger(Pinger):
    def algorithm(self):
        return "SHA-256"


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    quiet: Pinger = QuietPinger()
    # plumb-ok: command-injection
    os.system(quiet.line("localhost"))
    # plumb-expect: command-injection
    os.system(quiet.line(host))

    modern: Pinger = ModernPinger()
    # plumb-expect: weak-hash
    hashlib.new(quiet.algorithm()).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(modern.algorithm()).hexdigest()
    return "ok"
