import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Lease:
    def __init__(self, value):
        self._value = value

    def __enter__(self):
        return self._value

    def __exit__(self, exc_type, exc, tb):
        return False


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    with Lease("localhost") as fixed:
        # plumb-ok: command-injection
        os.system("ping -c 1 " + fixed)
    with Lease(host) as requested:
        # plumb-expect: command-injection
        os.system("ping -c 1 " + requested)

    with Lease("MD5") as legacy:
        # plumb-expect: weak-hash
        hashlib.new(legacy).hexdigest()
    with Lease("SHA-256") as strong:
        # plumb-ok: weak-hash
        hashlib.new(strong).hexdigest()
    return "ok"
