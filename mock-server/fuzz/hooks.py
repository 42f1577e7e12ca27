"""Schemathesis hooks for fuzzing the Billkit mock server (run.py loads them through SCHEMATHESIS_HOOKS).

1. Idempotency keys. Schemathesis fills the optional `Idempotency-Key` header from the spec's one
   example or a small pool of generated strings, so unrelated requests share a key, and the mock
   rightly answers 400 `idempotency_key_reused` (DESIGN §5), which hides what the request would do.
   Every *valid* key is replaced by a fresh one; keys the spec forbids (empty, over 255 characters)
   are negative test cases and stay as they are.

2. Real ids. Generated ids (`cus_0`, `price_AbC`) name nothing, so without help almost every
   operation on an existing object answers 404 and the fuzzer never gets past the lookup. Every id
   the server returns is remembered; in three requests out of four, a well-formed id that the server
   never returned is swapped for one it did, with the same prefix. Only well-formed ids are swapped,
   for other well-formed ids, so a negative case stays exactly as invalid as it was generated. Ids
   the server did return (stateful links, deleted objects) are never touched, so checks such as
   use_after_free see the request as generated. The choice depends only on the value, on what the
   server answered before and on how many swaps came before, so a run with one worker and a fixed
   seed replays exactly.
"""

import itertools
import json
import re
import zlib

import schemathesis

_IDEMPOTENCY_KEY = "idempotency-key"
_keys = itertools.count(1)
_swaps = itertools.count()

_ID = re.compile(r"(cus|prod|price|pm|cs|pi|in|sub|re|mtr|uev|ben|bgr|lk|lka|we|whd|evt|clock)_[0-9A-Za-z]+")
_SECRET_PARAM = "client_secret"
_seen = set()  # every id and client secret the server has returned
_live = {}  # prefix (or "client_secret") -> ids in the order first returned, minus deleted ones


@schemathesis.hook
def before_call(context, case, **kwargs):
    headers = case.headers
    if headers:
        for name, value in list(headers.items()):
            if name.lower() == _IDEMPOTENCY_KEY and isinstance(value, str) and 1 <= len(value) <= 255:
                headers[name] = f"fuzz-{next(_keys):08d}"
    if case.path_parameters:
        for name, value in list(case.path_parameters.items()):
            pool = _SECRET_PARAM if name == _SECRET_PARAM else None
            case.path_parameters[name] = _swap(value, pool)
    if isinstance(case.query, dict):
        for name, value in list(case.query.items()):
            case.query[name] = _swap(value)
    if isinstance(case.body, (dict, list)):
        case.body = _walk(case.body)


@schemathesis.hook
def after_call(context, case, response):
    if not 200 <= response.status_code < 300:
        return
    try:
        tree = json.loads(response.content)
    except ValueError:
        return
    _remember(tree, None)
    if case.method.upper() == "DELETE" and isinstance(tree, dict) and tree.get("deleted") is True:
        ids = _live.get(str(tree.get("id", "")).split("_", 1)[0], [])
        if tree.get("id") in ids:
            ids.remove(tree["id"])


def _walk(value):
    if isinstance(value, dict):
        return {k: _walk(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v) for v in value]
    return _swap(value)


def _swap(value, pool=None):
    if not isinstance(value, str) or value in _seen:
        return value
    if pool is None:
        if not _ID.fullmatch(value):
            return value
        pool = value.split("_", 1)[0]
    ids = _live.get(pool)
    if not ids:
        return value
    # Spread over the pool even when the generator repeats one value (the spec's example).
    pick = zlib.crc32(value.encode("utf-8", "surrogatepass")) + next(_swaps)
    if pick % 4 == 0:  # one in four keeps its unknown id: the 404 path stays tested
        return value
    return ids[(pick // 4) % len(ids)]


def _remember(value, key):
    if isinstance(value, dict):
        for k, v in value.items():
            _remember(v, k)
    elif isinstance(value, list):
        for v in value:
            _remember(v, key)
    elif isinstance(value, str) and value not in _seen:
        if key == _SECRET_PARAM:
            pool = _SECRET_PARAM
        elif _ID.fullmatch(value):
            pool = value.split("_", 1)[0]
        else:
            return
        _seen.add(value)
        _live.setdefault(pool, []).append(value)
