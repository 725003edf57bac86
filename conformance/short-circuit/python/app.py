import hashlib
import os

from flask import Flask, request

app = Flask(__name__)

DEFAULT_HOST = "localhost"


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = DEFAULT_HOST or host
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed)
    requested = host or DEFAULT_HOST
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested)

    configured = ""
    legacy = configured or "MD5"
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    preferred = "SHA-256"
    strong = preferred or "MD5"
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
