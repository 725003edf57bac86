import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def target(requested, trusted):
    if not trusted:
        return "localhost"
    return requested


def algorithm(legacy):
    if legacy:
        return "MD5"
    return "SHA-256"


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system("ping -c 1 " + target(host, False))
    # plumb-expect: command-injection
    os.system("ping -c 1 " + target(host, True))

    # plumb-expect: weak-hash
    hashlib.new(algorithm(True)).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(algorithm(False)).hexdigest()
    return "ok"
