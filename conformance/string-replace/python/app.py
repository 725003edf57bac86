import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    hosts = request.args.get("hosts", "")
    template = "ping -c 1 HOST"
    # plumb-expect: command-injection
    os.system(template.replace("HOST", host))
    # plumb-ok: command-injection
    os.system(template.replace("HOST", "localhost"))
    spaced = hosts.replace(",", " ")
    # plumb-expect: command-injection
    os.system("ping -c 1 " + spaced)

    legacy = "MD-5".replace("-", "")
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = "SHA_256".replace("_", "-")
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
