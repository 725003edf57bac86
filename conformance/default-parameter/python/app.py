import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def command(target="localhost"):
    return "ping -c 1 " + target


def algorithm(name="SHA-256"):
    return name


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system(command())
    # plumb-expect: command-injection
    os.system(command(host))

    # plumb-expect: weak-hash
    hashlib.new(algorithm("MD5")).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(algorithm()).hexdigest()
    return "ok"
