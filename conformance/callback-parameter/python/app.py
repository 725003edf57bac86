import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def apply(value, transform):
    return transform(value)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system(apply("localhost", lambda h: "ping -c 1 " + h))
    # plumb-expect: command-injection
    os.system(apply(host, lambda h: "ping -c 1 " + h))

    # plumb-expect: weak-hash
    hashlib.new(apply("MD", lambda family: family + "5")).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(apply("SHA-", lambda family: family + "256")).hexdigest()
    return "ok"
