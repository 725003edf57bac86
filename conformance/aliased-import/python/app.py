import hashlib as digests
from os import system as run_shell

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    run_shell("ping -c 1 localhost")
    # plumb-expect: command-injection
    run_shell("ping -c 1 " + host)

    # plumb-expect: weak-hash
    digests.new("MD5").hexdigest()
    # plumb-ok: weak-hash
    digests.new("SHA-256").hexdigest()
    return "ok"
