import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    targets = {}
    targets["fallback"] = "localhost"
    targets["requested"] = host
    # plumb-ok: command-injection
    os.system("ping -c 1 " + targets["fallback"])
    # plumb-expect: command-injection
    os.system("ping -c 1 " + targets["requested"])

    algorithms = {}
    algorithms["legacy"] = "MD5"
    algorithms["current"] = "SHA-256"
    # plumb-expect: weak-hash
    hashlib.new(algorithms["legacy"]).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(algorithms["current"]).hexdigest()
    return "ok"
