import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Setting:
    def __init__(self, value):
        self._value = value

    def value(self):
        return self._value


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = Setting("localhost")
    requested = Setting(host)
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed.value())
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested.value())

    legacy = Setting("MD5")
    strong = Setting("SHA-256")
    # plumb-expect: weak-hash
    hashlib.new(legacy.value()).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(strong.value()).hexdigest()
    return "ok"
