import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Option:
    def __init__(self, initial):
        self._value = initial

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = Option("localhost")
    requested = Option("localhost")
    requested.value = host
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed.value)
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested.value)

    legacy = Option("SHA-256")
    legacy.value = "MD5"
    strong = Option("SHA-256")
    # plumb-expect: weak-hash
    hashlib.new(legacy.value).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(strong.value).hexdigest()
    return "ok"
