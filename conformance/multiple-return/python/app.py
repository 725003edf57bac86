import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def targets(requested):
    return "localhost", requested


def algorithms():
    return "MD5", "SHA-256"


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fallback, chosen = targets(host)
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fallback)
    # plumb-expect: command-injection
    os.system("ping -c 1 " + chosen)

    legacy, current = algorithms()
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(current).hexdigest()
    return "ok"
