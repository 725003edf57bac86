import os
import secrets
import sqlite3
import tempfile

import pytest

os.environ.setdefault("NOTES_SECRET_KEY", secrets.token_hex(32))
os.environ.setdefault("NOTES_INSTANCE_DIR", tempfile.mkdtemp(prefix="notes-test-"))

from werkzeug.security import generate_password_hash  # noqa: E402

from app import app as flask_app  # noqa: E402
from app import settings  # noqa: E402

SCHEMA = """
CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT UNIQUE NOT NULL, password_hash TEXT,
                    legacy_hash TEXT, avatar_color TEXT);
CREATE TABLE notes (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES users(id), title TEXT NOT NULL,
                    body TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '', share_token TEXT UNIQUE,
                    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE attachments (note_id INTEGER NOT NULL, filename TEXT NOT NULL, size INTEGER, etag TEXT);
CREATE TABLE link_previews (note_id INTEGER NOT NULL, url TEXT NOT NULL, title TEXT);
CREATE TABLE remember_tokens (user_id INTEGER NOT NULL, token_hash TEXT NOT NULL, created_at TEXT NOT NULL);
"""


@pytest.fixture
def login_password():
    return secrets.token_urlsafe(16)


@pytest.fixture
def client(login_password):
    if os.path.exists(settings.DATABASE_PATH):
        os.remove(settings.DATABASE_PATH)
    os.makedirs(settings.INSTANCE_DIR, exist_ok=True)
    with sqlite3.connect(settings.DATABASE_PATH) as conn:
        conn.executescript(SCHEMA)
        conn.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", ("alice", generate_password_hash(login_password)))
    flask_app.config.update(TESTING=True, SESSION_COOKIE_SECURE=False)
    with flask_app.test_client() as client:
        yield client


@pytest.fixture
def logged_in(client, login_password):
    client.post("/login", data={"username": "alice", settings.PASSWORD_FIELD: login_password})
    return client
