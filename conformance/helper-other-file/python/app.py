import hashlib
import os

from flask import Flask, request

from helpers import algorithm_name, build_ping

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system(build_ping("localhost"))
    # plumb-expect: command-injection
    os.system(build_ping(host))

    # plumb-expect: weak-hash
    hashlib.new(algorithm_name("MD", "5")).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(algorithm_name("SHA-", "256")).hexdigest()
    return "ok"
