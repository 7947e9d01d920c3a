"""Stored assessments: CRUD, tenant isolation, idempotency, audit, keys, transactions (both databases)."""

from __future__ import annotations

import concurrent.futures as cf
import json
import uuid

import pytest
import sqlalchemy as sa
import yaml
from service_support import auth_only, new_tenant, post_assessment

from service import cli, storage
from service.db import assessments, audit_log


def small(name: str = "Badge readers", day: str = "2026-12-01", **more) -> bytes:
    doc = {"schema_version": 1, "name": name, "assessment_date": day,
           "workforce": [{"country": "DE", "roles": ["employee"]}], **more}
    return json.dumps(doc).encode()


def test_create_returns_201_location_and_result_and_stores_the_input_as_received(client, alice, flagship):
    r = client.post("/v1/assessments", content=flagship, headers=auth_only(alice) | {"content-type": "application/yaml"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/v1/assessments/{body['id']}"
    assert body["verdict"] == body["result"]["verdict"] == "blocked"
    assert body["input_sha256"] == body["result"]["input_sha256"]
    assert body["catalogue"] == {"version": body["result"]["catalogue"]["version"], "sha256": body["result"]["catalogue"]["sha256"]}
    assert body["media_type"] == "application/yaml" and body["reevaluates"] is None
    got = client.get(body["links"]["self"], headers=auth_only(alice))
    assert got.status_code == 200 and got.json() == body
    source = client.get(body["links"]["description"], headers=auth_only(alice))
    assert source.content == flagship and source.headers["content-type"].startswith("application/yaml")


def test_json_and_yaml_descriptions_hash_the_same(client, alice, flagship):
    data = json.loads(json.dumps(yaml.safe_load(flagship), default=str))
    from_json = post_assessment(client, alice, json.dumps(data).encode(), "application/json")
    from_yaml = post_assessment(client, alice, flagship)
    assert from_json["input_sha256"] == from_yaml["input_sha256"]
    assert from_json["id"] != from_yaml["id"]


def test_list_is_paginated_newest_first_and_filters(client, alice):
    made = [post_assessment(client, alice, small(f"Item {i}"), "application/json")["id"] for i in range(5)]
    blocked = post_assessment(client, alice, small("Keylogger", monitoring={"techniques": ["keystroke_logging"],
                                                                           "keystroke_capture": "full_content"}),
                              "application/json")
    seen, cursor = [], None
    while True:
        r = client.get("/v1/assessments", params={"limit": 2, **({"cursor": cursor} if cursor else {})}, headers=auth_only(alice))
        assert r.status_code == 200, r.text
        page = r.json()
        assert len(page["items"]) <= 2
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [blocked["id"], *reversed(made)]
    by_name = client.get("/v1/assessments", params={"name": "item 3"}, headers=auth_only(alice)).json()["items"]
    assert [i["id"] for i in by_name] == [made[3]]
    by_verdict = client.get("/v1/assessments", params={"verdict": blocked["verdict"]}, headers=auth_only(alice)).json()["items"]
    assert blocked["id"] in [i["id"] for i in by_verdict]
    assert all(i["verdict"] == blocked["verdict"] for i in by_verdict)
    future = client.get("/v1/assessments", params={"created_after": "2999-01-01T00:00:00Z"}, headers=auth_only(alice))
    assert future.json() == {"items": [], "next_cursor": None}
    past = client.get("/v1/assessments", params={"created_before": "2000-01-01"}, headers=auth_only(alice))
    assert past.json()["items"] == []
    assert client.get("/v1/assessments", params={"as_of": "2026-12-01", "limit": 100}, headers=auth_only(alice)).json()["items"]
    bad = client.get("/v1/assessments", params={"cursor": "nonsense"}, headers=auth_only(alice))
    assert bad.status_code == 422 and bad.json()["errors"][0]["path"] == "query.cursor"
    assert client.get("/v1/assessments", params={"verdict": "maybe"}, headers=auth_only(alice)).status_code == 422


def test_name_filter_treats_wildcards_literally(client, alice):
    post_assessment(client, alice, small("100% remote"), "application/json")
    post_assessment(client, alice, small("1000 remote"), "application/json")
    hits = client.get("/v1/assessments", params={"name": "100%"}, headers=auth_only(alice)).json()["items"]
    assert [i["name"] for i in hits] == ["100% remote"]


def test_reevaluate_creates_a_linked_assessment_and_lists_changes(client, alice, flagship):
    first = post_assessment(client, alice, flagship)
    r = client.post(f"/v1/assessments/{first['id']}/reevaluate", params={"as_of": "2025-06-01"}, headers=auth_only(alice))
    assert r.status_code == 201, r.text
    again = r.json()
    assert again["reevaluates"] == first["id"] and again["id"] != first["id"]
    assert again["as_of"] == "2025-06-01" and r.headers["location"].endswith(again["id"])
    assert {"id": "US-CA-CPPA-7150-RA-SPI", "before": "action_required", "after": "upcoming"} in again["changes"] or any(
        c["id"] == "US-CA-CPPA-7150-RA-SPI" and c["after"] == "upcoming" for c in again["changes"]
    )
    same_day = client.post(f"/v1/assessments/{first['id']}/reevaluate", headers=auth_only(alice)).json()
    assert same_day["as_of"] == first["as_of"] and same_day["changes"] == []
    assert same_day["input_sha256"] == first["input_sha256"]
    assert client.get(f"/v1/assessments/{again['id']}/description", headers=auth_only(alice)).content == flagship
    actions = [e["action"] for e in client.get(f"/v1/assessments/{first['id']}/audit", headers=auth_only(alice)).json()["entries"]]
    assert actions == ["create", "reevaluated", "reevaluated"]
    # deleting the original keeps the re-evaluation, unlinked
    assert client.delete(f"/v1/assessments/{first['id']}", headers=auth_only(alice)).status_code == 204
    assert client.get(f"/v1/assessments/{again['id']}", headers=auth_only(alice)).json()["reevaluates"] is None


def test_delete_is_audited_and_the_log_outlives_the_assessment(client, alice, db):
    made = post_assessment(client, alice, small(), "application/json", **{"x-request-id": "req-create-1"})
    assert client.get(made["links"]["self"], headers=auth_only(alice)).status_code == 200
    r = client.delete(made["links"]["self"], headers=auth_only(alice) | {"x-request-id": "req-delete-1"})
    assert r.status_code == 204 and r.headers["x-request-id"] == "req-delete-1"
    assert client.get(made["links"]["self"], headers=auth_only(alice)).status_code == 404
    assert client.delete(made["links"]["self"], headers=auth_only(alice)).status_code == 404
    log = client.get(made["links"]["audit"], headers=auth_only(alice))
    assert log.status_code == 200
    entries = log.json()["entries"]
    assert [e["action"] for e in entries] == ["create", "read", "delete"]
    assert entries[0]["request_id"] == "req-create-1" and entries[2]["request_id"] == "req-delete-1"
    assert {e["key_prefix"] for e in entries} == {alice["x-prefix"]}
    assert entries[2]["detail"]["input_sha256"] == made["input_sha256"]
    with db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(assessments).where(assessments.c.id == made["id"])).scalar() == 0


def test_key_use_is_audited(client, db):
    team = new_tenant(db)
    client.get("/v1/assessments", headers=auth_only(team))
    client.get("/v1/assessments", headers=auth_only(team))
    with db.read() as conn:
        rows = conn.execute(sa.select(audit_log.c.action, audit_log.c.key_prefix)
                            .where(audit_log.c.key_prefix == team["x-prefix"].removeprefix("bk_"))
                            .order_by(audit_log.c.seq)).all()
    assert [r.action for r in rows] == ["key_created", "key_use"]  # throttled: one key_use per interval


def test_audit_log_is_append_only_in_the_database(client, alice, db):
    post_assessment(client, alice, small(), "application/json")
    for statement in (sa.update(audit_log).values(action="tampered"), sa.delete(audit_log)):
        with pytest.raises(sa.exc.DBAPIError):
            with db.write() as conn:
                conn.execute(statement)


# --------------------------------------------------------------------------- tenant isolation


def _endpoints(assessment_id: str) -> list[tuple[str, str]]:
    base = f"/v1/assessments/{assessment_id}"
    return [("GET", base), ("GET", f"{base}/description"), ("GET", f"{base}/report.pdf"), ("GET", f"{base}/audit"),
            ("POST", f"{base}/reevaluate"), ("DELETE", base)]


@pytest.mark.parametrize("direction", ["alice-reads-bob", "bob-reads-alice"])
def test_another_tenants_assessment_is_exactly_like_a_missing_one(client, alice, bob, direction):
    owner, intruder = (bob, alice) if direction == "alice-reads-bob" else (alice, bob)
    theirs = post_assessment(client, owner, small("Secret plan"), "application/json")
    missing = str(uuid.uuid4())
    for method, path in _endpoints(theirs["id"]):
        foreign = client.request(method, path, headers=auth_only(intruder))
        absent = client.request(method, path.replace(theirs["id"], missing), headers=auth_only(intruder))
        assert foreign.status_code == absent.status_code == 404, (method, path)
        assert foreign.content == absent.content
        assert {k: v for k, v in foreign.headers.items() if k != "x-request-id"} == \
               {k: v for k, v in absent.headers.items() if k != "x-request-id"}
    listed = client.get("/v1/assessments", params={"limit": 100}, headers=auth_only(intruder)).json()["items"]
    assert theirs["id"] not in [i["id"] for i in listed]
    assert client.get("/v1/assessments", params={"name": "Secret plan"}, headers=auth_only(intruder)).json()["items"] == []
    # and the owner still has it, untouched: the failed delete and reevaluate changed nothing
    assert client.get(theirs["links"]["self"], headers=auth_only(owner)).status_code == 200
    actions = [e["action"] for e in client.get(theirs["links"]["audit"], headers=auth_only(owner)).json()["entries"]]
    assert actions == ["create", "read"]


def test_idempotency_keys_are_per_tenant(client, alice, bob):
    key = {"idempotency-key": "shared-key-1"}
    a = post_assessment(client, alice, small(), "application/json", **key)
    b = post_assessment(client, bob, small("Other"), "application/json", **key)
    assert a["id"] != b["id"]


# --------------------------------------------------------------------------- idempotency


def test_same_idempotency_key_and_body_replays_the_same_assessment(client, alice):
    body = small("Idempotent")
    first = client.post("/v1/assessments", content=body, headers=auth_only(alice) | {"content-type": "application/json", "idempotency-key": "k-1"})
    second = client.post("/v1/assessments", content=body, headers=auth_only(alice) | {"content-type": "application/json", "idempotency-key": "k-1"})
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json() and second.headers["location"] == first.headers["location"]
    assert second.headers["idempotent-replayed"] == "true" and "idempotent-replayed" not in first.headers
    listed = client.get("/v1/assessments", params={"name": "Idempotent"}, headers=auth_only(alice)).json()["items"]
    assert len(listed) == 1


@pytest.mark.parametrize("change", ["body", "as_of", "media"])
def test_same_idempotency_key_with_another_request_is_a_422(client, alice, change):
    body = small("Idem conflict")
    headers = auth_only(alice) | {"content-type": "application/json", "idempotency-key": f"k-{change}"}
    assert client.post("/v1/assessments", content=body, headers=headers).status_code == 201
    other = {
        "body": dict(content=small("Something else"), headers=headers),
        "as_of": dict(content=body, headers=headers, params={"as_of": "2025-01-01"}),
        "media": dict(content=body, headers=headers | {"content-type": "application/yaml"}),
    }[change]
    r = client.post("/v1/assessments", **other)
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["errors"][0]["path"] == "header.Idempotency-Key"


def test_concurrent_requests_with_one_idempotency_key_make_one_assessment(client, alice):
    body = small("Raced")
    headers = auth_only(alice) | {"content-type": "application/json", "idempotency-key": "race-1"}
    with cf.ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(lambda _: client.post("/v1/assessments", content=body, headers=headers), range(8)))
    assert {r.status_code for r in responses} == {201}
    assert len({r.json()["id"] for r in responses}) == 1
    assert len(client.get("/v1/assessments", params={"name": "Raced"}, headers=auth_only(alice)).json()["items"]) == 1


def test_idempotency_key_is_validated(client, alice):
    r = client.post("/v1/assessments", content=small(), headers=auth_only(alice) | {"content-type": "application/json",
                                                                                    "idempotency-key": "x" * 300})
    assert r.status_code == 422


# --------------------------------------------------------------------------- transactions


def test_a_failure_after_the_insert_leaves_nothing_behind(client, alice, db, monkeypatch):
    def boom() -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(storage, "_fault_after_insert", boom)
    r = client.post("/v1/assessments", content=small("Doomed"), headers=auth_only(alice) | {"content-type": "application/json"})
    assert r.status_code == 500
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "Traceback" not in r.text and "disk on fire" not in r.text
    monkeypatch.undo()
    assert client.get("/v1/assessments", params={"name": "Doomed"}, headers=auth_only(alice)).json()["items"] == []
    with db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(assessments).where(assessments.c.name == "Doomed")).scalar() == 0
        creates = conn.execute(sa.select(audit_log.c.detail).where(audit_log.c.action == "create")).scalars().all()
    assert not any("Doomed" in (d or "") for d in creates)
    assert post_assessment(client, alice, small("Doomed"), "application/json")["name"] == "Doomed"


# --------------------------------------------------------------------------- access


def test_no_key_bad_key_and_revoked_key_are_401(client, db, monkeypatch, capsys, settings):
    assert client.get("/v1/assessments").status_code == 401
    r = client.post("/v1/evaluate", content=small(), headers={"content-type": "application/json"})
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert r.headers["content-type"].startswith("application/problem+json")
    assert client.get("/v1/assessments", headers={"authorization": "Bearer bk_00000000_nope"}).status_code == 401
    assert client.get("/v1/assessments", headers={"authorization": "Basic dXNlcjpwYXNz"}).status_code == 401
    # the CLI creates and revokes keys on the same database
    monkeypatch.setenv("BENTHAM_DATABASE_URL", settings.database_url)
    assert cli.main(["apikey", "create", "--tenant", "cli-team", "--label", "ci"]) == 0
    key = capsys.readouterr().out.strip()
    headers = {"authorization": f"Bearer {key}"}
    assert client.get("/v1/assessments", headers=headers).status_code == 200
    # the stored hash, never the key
    with db.read() as conn:
        assert key not in json.dumps([list(r) for r in conn.execute(sa.text("SELECT * FROM api_keys")).all()], default=str)
    prefix = "_".join(key.split("_")[:2])
    assert cli.main(["apikey", "list", "--tenant", "cli-team"]) == 0
    assert prefix in capsys.readouterr().out
    assert cli.main(["apikey", "revoke", prefix]) == 0
    assert client.get("/v1/assessments", headers=headers).status_code == 401
    assert cli.main(["apikey", "revoke", prefix]) == 2  # already revoked


def test_wrong_secret_with_a_real_prefix_is_401(client, alice):
    prefix = alice["x-prefix"]
    assert client.get("/v1/assessments", headers={"authorization": f"Bearer {prefix}_wrongsecret"}).status_code == 401


def test_unknown_ids_are_404_not_500(client, alice):
    for bad in ("not-a-uuid", str(uuid.uuid4()).upper(), "0" * 64):
        assert client.get(f"/v1/assessments/{bad}", headers=auth_only(alice)).status_code == 404
