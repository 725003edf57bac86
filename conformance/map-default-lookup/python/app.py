import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    targets = {}
    targets["requested"] = host
    # plumb-ok: command-injection
    os.system("ping -c 1 " + targets.get("missing", "localhost"))
    # plumb-expect: command-injection
    os.system("ping -c 1 " + targets.get("requested", "localhost"))

    algorithms = {}
    algorithms["legacy"] = "MD5"
    # plumb-expect: weak-hash
    hashlib.new(algorithms.get("legacy", "SHA-256")).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(algorithms.get("unknown", "SHA-256")).hexdigest()
    return "ok"
