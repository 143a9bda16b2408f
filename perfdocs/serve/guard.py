"""The workbench's front door: who may ask, from where, how much, and with which headers.

A local server is reachable by every web page the user has open: a hostile page can send
requests to 127.0.0.1 (CSRF) or rebind its own host name to it (DNS rebinding). So every
request must

- name one of our own host names in ``Host`` (a rebound name is refused);
- carry this run's token: in the URL the CLI prints (it is then moved into a cookie and the
  URL cleaned) or in that cookie (HttpOnly, SameSite=Strict);
- if it changes anything (any method but GET/HEAD), also carry the page's CSRF token in
  the ``X-CSRF-Token`` header, and come from our own origin when the browser says where it
  comes from (``Origin``, ``Sec-Fetch-Site``);
- send a body no larger than :data:`MAX_BODY`.

Every answer gets headers that keep the pages private (no caching, no referrer carrying the
token, scripts only from the workbench itself, no framing by other sites).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY = 8 * 1024 * 1024
"""Largest request body: a project file may be 5 MB, and the draft travels as JSON."""
SAFE_METHODS = {"GET", "HEAD"}
CSRF_HEADER = "x-csrf-token"
TOKEN_PARAM = "token"

SECURITY_HEADERS = [
    (b"cache-control", b"no-store"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"frame-src 'self'; object-src 'self'; frame-ancestors 'self'; base-uri 'none'; "
     b"form-action 'self'"),
]


class Guard:
    """ASGI middleware enforcing the rules above in front of the whole application."""

    def __init__(self, app: ASGIApp, *, token: str, csrf: str, hosts: set[str],
                 origins: set[str], cookie: str, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.token = token
        self.csrf = csrf
        self.hosts = {h.lower() for h in hosts}
        self.origins = {o.lower() for o in origins}
        self.cookie = cookie
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websockets here
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        send = _with_headers(send)
        api = scope.get("path", "").startswith("/api/")
        if headers.get("host", "").lower() not in self.hosts:
            await _refuse(send, 400, "主机名不被接受：请使用 perfdocs serve 打印的网址打开。", api)
            return
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                          keep_blank_values=True)
        given = next((v for k, v in query if k == TOKEN_PARAM), None)
        method = scope.get("method", "GET").upper()
        if given is not None and method in SAFE_METHODS and self._same(given, self.token):
            await self._enter(scope, query, send)
            return
        if not self._same(self._cookie_token(headers), self.token):
            await _refuse(send, 403, "需要本次运行的令牌：请使用 perfdocs serve 启动时打印的"
                          "完整网址（含 ?token=…）打开；重新启动后旧网址失效。", api)
            return
        if method not in SAFE_METHODS:
            problem = self._change_problem(headers)
            if problem:
                await _refuse(send, 403, problem, api)
                return
            body = await _read_body(receive, self.max_body)
            if body is None:
                limit = self.max_body // (1024 * 1024)
                await _refuse(send, 413, f"请求过大：不应超过 {limit} MB。", api)
                return
            receive = _replay(body)
        await self.app(scope, receive, send)

    @staticmethod
    def _same(given: str | None, expected: str) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), expected.encode())

    def _cookie_token(self, headers: dict[str, str]) -> str | None:
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(headers.get("cookie", ""))
        except Exception:  # a malformed cookie header is simply no token
            return None
        morsel = jar.get(self.cookie)
        return morsel.value if morsel is not None else None

    def _change_problem(self, headers: dict[str, str]) -> str | None:
        if not self._same(headers.get(CSRF_HEADER), self.csrf):
            return "缺少或错误的 CSRF 令牌：请刷新页面后重试。"
        origin = headers.get("origin")
        if origin is not None and origin.lower() not in self.origins:
            return "请求来自其他网站，已拒绝。"
        site = headers.get("sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            return "请求来自其他网站，已拒绝。"
        return None

    async def _enter(self, scope: Scope, query: list[tuple[str, str]], send: Send) -> None:
        """The token arrived in the URL: keep it in a cookie and show the URL without it."""
        rest = [(k, v) for k, v in query if k != TOKEN_PARAM]
        location = scope.get("path", "/") + (f"?{urlencode(rest)}" if rest else "")
        cookie = f"{self.cookie}={self.token}; Path=/; HttpOnly; SameSite=Strict"
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", location.encode("utf-8")),
                                (b"set-cookie", cookie.encode("latin-1")),
                                (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {k.lower() for k, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
            message["headers"] = [*message.get("headers", []), *extra]
        await send(message)

    return wrapped


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None as soon as it grows past ``limit``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _refuse(send: Send, status: int, message: str, api: bool) -> None:
    if api:
        body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
        kind = b"application/json"
    else:
        body = (f"<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                f"<title>perfdocs</title><p>{message}</p></html>").encode()
        kind = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
