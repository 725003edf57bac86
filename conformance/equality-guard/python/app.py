import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    algorithm = request.args.get("algorithm", "")
    if host == "localhost":
        # plumb-ok: command-injection
        os.system("ping -c 1 " + host)
    if host:
        # plumb-expect: command-injection
        os.system("ping -c 1 " + host)

    if algorithm == "MD5":
        # plumb-expect: weak-hash
        hashlib.new(algorithm).hexdigest()
    if algorithm == "SHA-256":
        # plumb-ok: weak-hash
        hashlib.new(algorithm).hexdigest()
    return "ok"
