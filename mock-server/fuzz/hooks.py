"""Schemathesis hooks for fuzzing the Billkit mock server (run.py loads them through SCHEMATHESIS_HOOKS).

1. Idempotency keys. Schemathesis fills the optional `Idempotency-Key` header from the spec's one
   example or a small pool of generated strings, so unrelated requests share a key, and the mock
   rightly answers 400 `idempotency_key_reused` (DESIGN §5), which hides what the request would do.
   Every *valid* key is replaced by a fresh one; keys the spec forbids (empty, over 255 characters)
   are negative test cases and stay as they are.

2. Real ids. Generated ids (`cus_0`, `price_AbC`) name nothing, so without help almost every
   operation on an existing object answers 404 and the fuzzer never gets past the lookup. Every id
   (and client secret, and customer external id) the server returns is remembered; in three requests
   out of four, a well-formed id that the server never returned is swapped for one it did, with the
   same prefix. In a negative case only well-formed ids are swapped, for other well-formed ids, so it
   stays exactly as invalid as it was generated; in a positive case, any string in a field that names
   an object (`customer`, `meter`...) can be swapped too. Values the server did return (stateful
   links, deleted objects) are never touched, so checks such as
   use_after_free see the request as generated. The choice depends only on the value, on what the
   server answered before and on how many swaps came before, so a run with one worker and a fixed
   seed replays exactly.

3. One narrow exclusion (a limit of the check, not a finding): ensure_resource_availability
   (ST302) reads any 404 after a create as "the created object is gone", but the API's 404 names
   the missing object in `error.param`. When that is a body or query field (a customer deleted
   earlier in the scenario, say) rather than a path parameter, the created object was found and
   the 404 is right (DESIGN §4), so that failure is dropped. Every other 404 still counts.
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
# Fields that name an object, by the pool of values that fill them.
_REFERENCES = {
    "customer": "cus", "product": "prod", "price": "price", "payment_method": "pm", "invoice": "in",
    "payment_intent": "pi", "meter": "mtr", "benefit": "ben", "test_clock": "clock",
    "checkout_session": "cs", "webhook_endpoint": "we", "event": "evt", "license_key": "lk",
    "refund": "re", "subscription": "sub",
}
# Path parameters that are not ids: a checkout's client secret and a customer's external id.
_PATH_KEYS = {"client_secret": "client_secret", "external_id": "external_id"}
_seen = set()  # every id, client secret and external id the server has returned
_live = {}  # pool -> values in the order first returned, minus deleted objects


@schemathesis.hook
def before_call(context, case, **kwargs):
    headers = case.headers
    if headers:
        for name, value in list(headers.items()):
            if name.lower() == _IDEMPOTENCY_KEY and isinstance(value, str) and 1 <= len(value) <= 255:
                headers[name] = f"fuzz-{next(_keys):08d}"
    # A value of any shape may fill a reference only when the whole case is schema-valid: in a
    # negative case it may be the one invalid value, and must stay so.
    positive = str(getattr(getattr(case.meta, "generation", None), "mode", "")).endswith("POSITIVE")
    if case.path_parameters:
        for name, value in list(case.path_parameters.items()):
            pool = (_PATH_KEYS.get(name) or _REFERENCES.get(name)) if positive else None
            case.path_parameters[name] = _swap(value, pool)
    if isinstance(case.query, dict):
        for name, value in list(case.query.items()):
            case.query[name] = _swap(value, _REFERENCES.get(name) if positive else None)
    if isinstance(case.body, (dict, list)):
        case.body = _walk(case.body, None, positive)


@schemathesis.hook
def after_call(context, case, response):
    if not 200 <= response.status_code < 300:
        return
    try:
        tree = json.loads(response.content)
    except ValueError:
        return
    _remember(tree, None, None)
    if case.method.upper() == "DELETE" and isinstance(tree, dict) and tree.get("deleted") is True:
        ids = _live.get(str(tree.get("id", "")).split("_", 1)[0], [])
        if tree.get("id") in ids:
            ids.remove(tree["id"])


@schemathesis.hook
def filter_failure(context, failure, case, response):
    if getattr(failure, "code", None) != "ST302" or response.status_code != 404:
        return True
    try:
        param = json.loads(response.content)["error"]["param"]
    except (ValueError, KeyError, TypeError):
        return True
    return param is None or param in (case.path_parameters or {})


def _walk(value, name, positive):
    if isinstance(value, dict):
        return {k: _walk(v, k, positive) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, name, positive) for v in value]
    return _swap(value, _REFERENCES.get(name) if positive else None)


def _swap(value, pool=None):
    """`value`, or in three cases out of four a value the server returned, from `pool` or, for a
    well-formed id, from the pool of its prefix."""
    if not isinstance(value, str) or value in _seen or value.startswith("pm_card_"):
        return value  # test card tokens (pm_card_visa) make payment methods: keep them
    if _ID.fullmatch(value):
        pool = value.split("_", 1)[0]
    if pool is None:
        return value
    ids = _live.get(pool)
    if not ids:
        return value
    # Spread over the pool even when the generator repeats one value (the spec's example).
    pick = zlib.crc32(value.encode("utf-8", "surrogatepass")) + next(_swaps)
    if pick % 4 == 0:  # one in four keeps its unknown value: the 404 path stays tested
        return value
    return ids[(pick // 4) % len(ids)]


def _remember(value, key, owner):
    if isinstance(value, dict):
        for k, v in value.items():
            _remember(v, k, value.get("object"))
    elif isinstance(value, list):
        for v in value:
            _remember(v, key, owner)
    elif isinstance(value, str) and value not in _seen:
        if key == "client_secret":
            pool = "client_secret"
        elif key == "external_id" and owner == "customer":
            pool = "external_id"
        elif _ID.fullmatch(value):
            pool = value.split("_", 1)[0]
        else:
            return
        _seen.add(value)
        _live.setdefault(pool, []).append(value)
