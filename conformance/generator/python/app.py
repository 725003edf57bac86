import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def commands(target):
    yield "ping -c 1 " + target


def names(first, second):
    yield first + second


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    for fixed in commands("localhost"):
        # plumb-ok: command-injection
        os.system(fixed)
    for requested in commands(host):
        # plumb-expect: command-injection
        os.system(requested)

    for legacy in names("MD", "5"):
        # plumb-expect: weak-hash
        hashlib.new(legacy).hexdigest()
    for strong in names("SHA-", "256"):
        # plumb-ok: weak-hash
        hashlib.new(strong).hexdigest()
    return "ok"
