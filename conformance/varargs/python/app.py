import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def first(*values):
    return values[0]


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system("ping -c 1 " + first("localhost", host))
    # plumb-expect: command-injection
    os.system("ping -c 1 " + first(host, "localhost"))

    # plumb-expect: weak-hash
    hashlib.new(first("MD5", "SHA-256")).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(first("SHA-256", "MD5")).hexdigest()
    return "ok"
