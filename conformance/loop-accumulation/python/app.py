import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = "ping"
    for part in ["-c", "1", "localhost"]:
        fixed = fixed + " " + part
    # plumb-ok: command-injection
    os.system(fixed)
    requested = "ping"
    for part in ["-c", "1", host]:
        requested = requested + " " + part
    # plumb-expect: command-injection
    os.system(requested)

    legacy = ""
    for part in ["MD", "5"]:
        legacy = legacy + part
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = ""
    for part in ["SHA-", "256"]:
        strong = strong + part
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
