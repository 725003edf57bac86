import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")

    def build(target):
        return "ping -c 1 " + target

    def name(family, size):
        return family + size

    # plumb-ok: command-injection
    os.system(build("localhost"))
    # plumb-expect: command-injection
    os.system(build(host))

    # plumb-expect: weak-hash
    hashlib.new(name("MD", "5")).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(name("SHA-", "256")).hexdigest()
    return "ok"
