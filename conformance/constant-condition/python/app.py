import hashlib
import os

from flask import Flask, request

app = Flask(__name__)

DEBUG = False
TRUST_REQUEST = True
LEGACY_CLIENTS = True
ALLOW_LEGACY = False


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = "localhost"
    if DEBUG:
        fixed = host
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed)
    requested = "localhost"
    if TRUST_REQUEST:
        requested = host
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested)

    legacy = "SHA-256"
    if LEGACY_CLIENTS:
        legacy = "MD5"
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = "SHA-256"
    if ALLOW_LEGACY:
        strong = "MD5"
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
