import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    first = host
    second = first
    # plumb-expect: command-injection
    os.system("ping -c 1 " + second)
    second = "localhost"
    # plumb-ok: command-injection
    os.system("ping -c 1 " + second)

    algorithm = "MD5"
    chosen = algorithm
    # plumb-expect: weak-hash
    hashlib.new(chosen).hexdigest()
    chosen = "SHA-256"
    # plumb-ok: weak-hash
    hashlib.new(chosen).hexdigest()
    return "ok"
