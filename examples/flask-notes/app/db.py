"""Thin data access layer over sqlite3."""
import sqlite3

from flask import g

from app import app
from app.settings import DATABASE_PATH

SORT_ORDERS = {
    "updated": "updated_at DESC",
    "created": "created_at DESC",
    "title": "title COLLATE NOCASE ASC",
}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc=None):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def get_user_by_name(username):
    # plumb-ok: sql-injection
    return get_db().execute("SELECT id, username, password_hash, legacy_hash FROM users WHERE username = ?", (username,)).fetchone()


def create_directory_user(username, color):
    conn = get_db()
    conn.execute("INSERT INTO users (username, avatar_color) VALUES (?, ?)", (username, color))
    conn.commit()
    return get_user_by_name(username)


def upgrade_password_hash(user_id, password_hash):
    conn = get_db()
    conn.execute("UPDATE users SET password_hash = ?, legacy_hash = NULL WHERE id = ?", (password_hash, user_id))
    conn.commit()


def store_remember_token(user_id, token_hash):
    conn = get_db()
    conn.execute("INSERT INTO remember_tokens (user_id, token_hash, created_at) VALUES (?, ?, datetime('now'))", (user_id, token_hash))
    conn.commit()


def search_notes(owner_id, term, sort="updated"):
    order_by = SORT_ORDERS.get(sort, SORT_ORDERS["updated"])
    pattern = f"%{term}%"
    # plumb-ok: sql-injection
    return get_db().execute("SELECT id, title, substr(body, 1, 160) AS excerpt, updated_at FROM notes WHERE owner_id = ? AND (title LIKE ? OR body LIKE ?) ORDER BY " + order_by, (owner_id, pattern, pattern)).fetchall()


def _tag_condition(tag):
    return "tags LIKE '%" + tag.strip().lower() + "%'"


def notes_with_tag(owner_id, tag):
    sql = "SELECT id, title, updated_at FROM notes WHERE owner_id = ? AND " + _tag_condition(tag) + " ORDER BY updated_at DESC"
    # plumb-expect: sql-injection
    return get_db().execute(sql, (owner_id,)).fetchall()


def get_note(owner_id, note_id):
    return get_db().execute("SELECT id, title, body, tags, updated_at FROM notes WHERE id = ? AND owner_id = ?", (note_id, owner_id)).fetchone()


def get_shared_note(share_token):
    # plumb-ok: sql-injection
    return get_db().execute("SELECT id, title, body, updated_at FROM notes WHERE share_token = ?", (share_token,)).fetchone()


def all_notes(owner_id):
    return get_db().execute("SELECT id, title, body, tags, updated_at FROM notes WHERE owner_id = ? ORDER BY id", (owner_id,)).fetchall()


def insert_note(owner_id, title, body, tags=""):
    conn = get_db()
    # plumb-ok: sql-injection
    cur = conn.execute("INSERT INTO notes (owner_id, title, body, tags, created_at, updated_at) VALUES (?, ?, ?, ?, datetime('now'), datetime('now'))", (owner_id, title, body, tags))
    conn.commit()
    return cur.lastrowid


def set_share_token(owner_id, note_id, token):
    conn = get_db()
    conn.execute("UPDATE notes SET share_token = ? WHERE id = ? AND owner_id = ?", (token, note_id, owner_id))
    conn.commit()


def save_link_preview(note_id, url, title):
    conn = get_db()
    conn.execute("INSERT INTO link_previews (note_id, url, title) VALUES (?, ?, ?)", (note_id, url, title))
    conn.commit()


def add_attachment(note_id, filename, size, etag):
    conn = get_db()
    conn.execute("INSERT INTO attachments (note_id, filename, size, etag) VALUES (?, ?, ?, ?)", (note_id, filename, size, etag))
    conn.commit()


def remove_attachment(note_id, filename):
    conn = get_db()
    conn.execute("DELETE FROM attachments WHERE note_id = ? AND filename = ?", (note_id, filename))
    conn.commit()
