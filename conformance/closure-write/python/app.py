import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    target = "localhost"
    algorithm = "SHA-256"

    def use_request():
        nonlocal target
        target = host

    def use_legacy():
        nonlocal algorithm
        algorithm = "MD5"

    # plumb-ok: command-injection
    os.system("ping -c 1 " + target)
    use_request()
    # plumb-expect: command-injection
    os.system("ping -c 1 " + target)

    # plumb-ok: weak-hash
    hashlib.new(algorithm).hexdigest()
    use_legacy()
    # plumb-expect: weak-hash
    hashlib.new(algorithm).hexdigest()
    return "ok"
