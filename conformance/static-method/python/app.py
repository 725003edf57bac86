import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Commands:
    @staticmethod
    def ping(target):
        return "ping -c 1 " + target

    @staticmethod
    def algorithm(family, size):
        return family + size


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system(Commands.ping("localhost"))
    # plumb-expect: command-injection
    os.system(Commands.ping(host))

    # plumb-expect: weak-hash
    hashlib.new(Commands.algorithm("MD", "5")).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(Commands.algorithm("SHA-", "256")).hexdigest()
    return "ok"
