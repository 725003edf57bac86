import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def prefixer(prefix):
    return lambda value: prefix + value


def fixed(value):
    return lambda: value


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    ping_command = prefixer("ping -c 1 ")
    # plumb-ok: command-injection
    os.system(ping_command("localhost"))
    # plumb-expect: command-injection
    os.system(ping_command(host))

    legacy = fixed("MD5")
    strong = fixed("SHA-256")
    # plumb-expect: weak-hash
    hashlib.new(legacy()).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(strong()).hexdigest()
    return "ok"
