import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    targets = ["localhost", host]
    # plumb-ok: command-injection
    os.system("ping -c 1 " + targets[0])
    # plumb-expect: command-injection
    os.system("ping -c 1 " + targets[1])

    names = ["MD5", "SHA-256"]
    # plumb-expect: weak-hash
    hashlib.new(names[0]).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(names[1]).hexdigest()
    return "ok"
