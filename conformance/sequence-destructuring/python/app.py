import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fallback, requested = "localhost", host
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fallback)
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested)

    legacy, current = ["MD5", "SHA-256"]
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(current).hexdigest()
    return "ok"
