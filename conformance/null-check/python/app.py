import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host")
    fixed = None
    if fixed is None:
        fixed = "localhost"
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed)
    requested = host
    if requested is None:
        requested = "localhost"
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested)

    legacy = None
    if legacy is None:
        legacy = "MD5"
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = "SHA-256"
    if strong is None:
        strong = "MD5"
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
