import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    cleaned = host.strip().lower()
    # plumb-expect: command-injection
    os.system("ping -c 1 " + cleaned)
    fixed = "  LOCALHOST ".strip().lower()
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed)

    legacy = " md5 ".strip().upper()
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = " sha-256 ".strip().upper()
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
