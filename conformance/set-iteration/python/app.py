import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    for fixed in {"localhost", "127.0.0.1"}:
        # plumb-ok: command-injection
        os.system("ping -c 1 " + fixed)
    for target in {host}:
        # plumb-expect: command-injection
        os.system("ping -c 1 " + target)

    for legacy in {"MD5"}:
        # plumb-expect: weak-hash
        hashlib.new(legacy).hexdigest()
    for strong in {"SHA-256", "SHA-512"}:
        # plumb-ok: weak-hash
        hashlib.new(strong).hexdigest()
    return "ok"
