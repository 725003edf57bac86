import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    command = "ping -c 1 "
    command += host
    # plumb-expect: command-injection
    os.system(command)
    fixed = "ping -c 1 "
    fixed += "localhost"
    # plumb-ok: command-injection
    os.system(fixed)

    family = "MD"
    legacy = family + "5"
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = "SHA-" + "256"
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
