import io
import json
import secrets

from app import settings


def test_login_page_renders(client):
    resp = client.get("/login")
    assert resp.status_code == 200
    assert b"<form" in resp.data


def test_views_require_login(client):
    resp = client.get("/search?q=x")
    assert resp.status_code == 302
    assert "/login" in resp.headers["Location"]


def test_wrong_password_is_rejected(client):
    resp = client.post("/login", data={"username": "alice", settings.PASSWORD_FIELD: secrets.token_urlsafe(16)})
    assert resp.status_code == 401


def test_create_and_search(logged_in):
    created = logged_in.post("/notes", data={"title": "Groceries", "body": "oat milk, **coffee**", "tags": "home"})
    assert created.status_code == 201
    resp = logged_in.get("/search?q=coffee")
    assert resp.status_code == 200
    assert b"Groceries" in resp.data


def test_preview_escapes_html(logged_in):
    resp = logged_in.post("/notes/preview", data={"body": "<script>x</script> **bold**"})
    html = resp.get_json()["html"]
    assert "<script>" not in html
    assert "<strong>bold</strong>" in html


def test_tag_chip_is_escaped(logged_in):
    resp = logged_in.get("/tags/%3Cb%3E/chip")
    assert b"&lt;b&gt;" in resp.data


def test_json_import_and_csv_export(logged_in):
    payload = json.dumps({"notes": [{"title": "Imported", "body": "from json", "tags": ["a", "b"]}]}).encode()
    resp = logged_in.post("/import", data={"format": "json", "file": (io.BytesIO(payload), "notes.json")}, content_type="multipart/form-data")
    assert resp.get_json() == {"imported": 1}

    export = logged_in.get("/export.csv?filename=my notes")
    assert export.headers["Content-Disposition"] == "attachment; filename*=UTF-8''my%20notes.csv"
    assert b"Imported" in export.data


def test_attachment_round_trip(logged_in):
    note_id = logged_in.post("/notes", data={"title": "With file"}).get_json()["id"]
    upload = logged_in.post(f"/notes/{note_id}/attachments", data={"file": (io.BytesIO(b"hello"), "../../hello.txt")}, content_type="multipart/form-data")
    assert upload.get_json()["name"] == "hello.txt"
    download = logged_in.get(f"/notes/{note_id}/attachments/hello.txt")
    assert download.data == b"hello"
