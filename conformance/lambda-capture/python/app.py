import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = lambda: "ping -c 1 localhost"  # noqa: E731
    requested = lambda: "ping -c 1 " + host  # noqa: E731
    # plumb-ok: command-injection
    os.system(fixed())
    # plumb-expect: command-injection
    os.system(requested())

    legacy = "MD5"
    weak = lambda: legacy  # noqa: E731
    strong = lambda: "SHA-256"  # noqa: E731
    # plumb-expect: weak-hash
    hashlib.new(weak()).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(strong()).hexdigest()
    return "ok"
