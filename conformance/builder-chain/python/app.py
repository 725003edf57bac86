import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class CommandBuilder:
    def __init__(self, program):
        self._line = program

    def arg(self, value):
        self._line = self._line + " " + value
        return self

    def build(self):
        return self._line


class AlgorithmBuilder:
    def __init__(self):
        self._family = ""
        self._size = ""

    def family(self, family):
        self._family = family
        return self

    def size(self, size):
        self._size = size
        return self

    def build(self):
        return self._family + self._size


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = CommandBuilder("ping").arg("-c 1").arg("localhost").build()
    requested = CommandBuilder("ping").arg("-c 1").arg(host).build()
    # plumb-ok: command-injection
    os.system(fixed)
    # plumb-expect: command-injection
    os.system(requested)

    legacy = AlgorithmBuilder().family("MD").size("5").build()
    strong = AlgorithmBuilder().family("SHA-").size("256").build()
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
