import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def pad(value, depth):
    if depth == 0:
        return value
    return pad(" " + value, depth - 1)


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system("ping -c 1" + pad("localhost", 2))
    # plumb-expect: command-injection
    os.system("ping -c 1" + pad(host, 2))

    # plumb-expect: weak-hash
    hashlib.new(unwrap("MD5", 3)).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(unwrap("SHA-256", 3)).hexdigest()
    return "ok"
