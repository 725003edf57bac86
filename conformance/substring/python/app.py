import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    short_host = host[:64]
    # plumb-expect: command-injection
    os.system("ping -c 1 " + short_host)
    fixed = "localhost:8080"[:9]
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed)

    legacy = "MD5-legacy"[0:3]
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = "SHA-256-current"[0:7]
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
