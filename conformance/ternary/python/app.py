import hashlib
import os

from flask import Flask, request

app = Flask(__name__)

LEGACY_CLIENTS = True


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = "localhost" if not host else "127.0.0.1"
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed)
    requested = "localhost" if not host else host
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested)

    legacy = "MD5" if LEGACY_CLIENTS else "SHA-256"
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = "SHA-256" if LEGACY_CLIENTS else "MD5"
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
