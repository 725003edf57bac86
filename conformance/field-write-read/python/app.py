import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Job:
    command = ""
    algorithm = ""


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = Job()
    fixed.command = "ping -c 1 localhost"
    requested = Job()
    requested.command = "ping -c 1 " + host
    # plumb-ok: command-injection
    os.system(fixed.command)
    # plumb-expect: command-injection
    os.system(requested.command)

    legacy = Job()
    legacy.algorithm = "MD5"
    strong = Job()
    strong.algorithm = "SHA-256"
    # plumb-expect: weak-hash
    hashlib.new(legacy.algorithm).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(strong.algorithm).hexdigest()
    return "ok"
