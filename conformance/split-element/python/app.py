import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    hosts = request.args.get("hosts", "")
    first = hosts.split(",")[0]
    # plumb-expect: command-injection
    os.system("ping -c 1 " + first)
    fixed = "localhost,127.0.0.1".split(",")[1]
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed)

    names = "MD5,SHA-256".split(",")
    # plumb-expect: weak-hash
    hashlib.new(names[0]).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(names[1]).hexdigest()
    return "ok"
